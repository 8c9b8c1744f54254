#pragma once

#include "overview/platformfigures.h"

#include <QHash>
#include <QWidget>

class ConnectionManager;
class QGridLayout;
class QLabel;
class QToolButton;

// Rows per canonical entity (users, items, orders, ...) of the selected connected platform,
// counted in the background through its adapter. Counts are kept per platform until refreshed;
// a newer request supersedes an older one, so switching platforms never shows the wrong figures.
class PlatformFiguresWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PlatformFiguresWidget(ConnectionManager *manager, QWidget *parent = nullptr);

    // Shows the figures of this profile (counting them when connected and not yet known).
    void showPlatform(const QString &profileId);
    void refresh();

    // The number shown for an entity, or empty while unknown (for tests).
    QString figureText(const QString &entity) const;

Q_SIGNALS:
    void figuresShown(const QString &profileId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void startCounting();
    void render();
    void retranslate();

    ConnectionManager *m_manager;
    QString m_profileId;
    quint64 m_generation = 0;
    bool m_counting = false;
    QString m_error;
    QHash<QString, PlatformFigures::Counts> m_cache;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QLabel *> m_captions;
    QLabel *m_status = nullptr;
    QToolButton *m_refresh = nullptr;
};
