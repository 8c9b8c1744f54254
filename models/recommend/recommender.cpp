#include "recommend/recommender.h"

#include <QCoreApplication>

QString Recommender::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Ials:
        return QCoreApplication::translate("Recommender", "Matrix factorisation (iALS)");
    case Kind::ItemKnn:
        return QCoreApplication::translate("Recommender", "Similar items (item-kNN)");
    case Kind::Popularity:
        return QCoreApplication::translate("Recommender", "Popularity");
    case Kind::CategoryProfile:
        return QCoreApplication::translate("Recommender", "Interest profile");
    case Kind::Transfer:
        return QCoreApplication::translate("Recommender", "Cross-platform transfer");
    }
    return {};
}

QString Recommender::id(Kind kind)
{
    switch (kind) {
    case Kind::Ials:
        return QStringLiteral("ials");
    case Kind::ItemKnn:
        return QStringLiteral("itemknn");
    case Kind::Popularity:
        return QStringLiteral("popularity");
    case Kind::CategoryProfile:
        return QStringLiteral("profile");
    case Kind::Transfer:
        return QStringLiteral("transfer");
    }
    return {};
}
