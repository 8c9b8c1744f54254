#pragma once

#include "users/person.h"

#include <QWidget>

class QVBoxLayout;

// The accounts that need a person's decision about a person (IdentityLinker conflicts): "Same
// person" links them, "Different people" keeps them apart; and what was decided, with who
// decided, when, and "Undo", one row per Person::Question. Identifiers stay masked unless the
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

signals:
    void decisionRequested(const QList<Person::Conflict> &pairs, IdentityDecision::Verdict verdict);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString identifier(const QString &shared) const;
    QString describeOpen(const Person::Question &q) const;
    QString describeDecided(const Person::Question &q) const;

    Person m_person;
    bool m_revealed = false;
    bool m_busy = false;
    QVBoxLayout *m_rows;
};
