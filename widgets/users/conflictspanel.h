#pragma once

#include "users/person.h"

#include <QWidget>

class QVBoxLayout;

// The accounts that need a person's decision about a person (IdentityLinker conflicts): "Same
// person" links them, "Different people" keeps them apart; and what was decided, with who
// decided, when, and "Undo". Pairs that share one identifier and one account (ximalaya …02 shares
// 张伟's phone with both his accounts) are one question. Identifiers stay masked unless the
// profile is revealed. The panel only asks (decisionRequested); UserDirectory records the
// decision in the workspace.
class ConflictsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsPanel(QWidget *parent = nullptr);

    void setPerson(const Person &person);
    void setRevealed(bool revealed);
    // While a decision is being recorded the buttons are disabled.
    void setBusy(bool busy);

    // One question: pairs sharing `shared`, all involving `hub` when there are several.
    struct Question
    {
        QList<Person::Conflict> pairs;
        UserSearch::Hit hub;  // the account in every pair (pairs.size() > 1), else pairs[0].b
        QList<UserSearch::Hit> others; // the accounts paired with the hub
    };
    static QList<Question> questions(const QList<Person::Conflict> &pairs);

signals:
    void decisionRequested(const QList<Person::Conflict> &pairs, IdentityDecision::Verdict verdict);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString identifier(const QString &shared) const;
    QString describeOpen(const Question &q) const;
    QString describeDecided(const Question &q) const;

    Person m_person;
    bool m_revealed = false;
    bool m_busy = false;
    QVBoxLayout *m_rows;
};
