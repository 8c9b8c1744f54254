#include "users/conflictspanel.h"

#include "users/personaldata.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

ConflictsPanel::ConflictsPanel(QWidget *parent) : QWidget(parent)
{
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(0, 0, 0, 0);
    hide();
}

void ConflictsPanel::setPerson(const Person &person)
{
    m_person = person;
    m_busy = false;
    rebuild();
}

void ConflictsPanel::setRevealed(bool revealed)
{
    if (revealed == m_revealed)
        return;
    m_revealed = revealed;
    rebuild();
}

void ConflictsPanel::setBusy(bool busy)
{
    m_busy = busy;
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setEnabled(!busy);
}

void ConflictsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

QString ConflictsPanel::identifier(const QString &shared) const
{
    const QString value = shared.mid(shared.indexOf(QLatin1Char(':')) + 1);
    if (m_revealed)
        return value;
    return shared.startsWith(QLatin1String("phone:")) ? PersonalData::maskPhone(value) : PersonalData::maskEmail(value);
}

QString ConflictsPanel::describeOpen(const Person::Question &q) const
{
    const Person::Conflict &c = q.pairs.first();
    if (c.differing == QLatin1String("holders"))
        return tr("%1 is held by many accounts and links nobody.").arg(identifier(c.shared));
    QStringList others;
    for (const UserSearch::Hit &h : q.others)
        others << tr("%1 account %2").arg(h.account.platform, h.account.userKey);
    return tr("%1 account %2 shares %3 (%4) with %5 but has a different %6. Is it the same person?")
        .arg(q.hub.account.platform, q.hub.account.userKey,
             c.shared.startsWith(QLatin1String("phone:")) ? tr("a phone number") : tr("an e-mail address"),
             identifier(c.shared), others.join(tr(", ")),
             c.differing == QLatin1String("email") ? tr("e-mail address") : tr("phone number"));
}

QString ConflictsPanel::describeDecided(const Person::Question &q) const
{
    const Person::Conflict &c = q.pairs.first();
    const QString when = QLocale().toString(c.decision.decidedAt.toLocalTime(), QLocale::ShortFormat);
    QStringList others;
    for (const UserSearch::Hit &h : q.others)
        others << tr("%1 account %2").arg(h.account.platform, h.account.userKey);
    const QString hub = tr("%1 account %2").arg(q.hub.account.platform, q.hub.account.userKey);
    if (c.decision.verdict == IdentityDecision::Verdict::Link)
        return tr("%1 and %2 (sharing %3): the same person, linked by %4 on %5.")
            .arg(hub, others.join(tr(", ")), identifier(c.shared), c.decision.operatorName, when);
    return tr("%1 and %2 (sharing %3): different people, kept apart by %4 on %5.")
        .arg(hub, others.join(tr(", ")), identifier(c.shared), c.decision.operatorName, when);
}

void ConflictsPanel::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item->widget();
        delete item;
    }
    auto addRow = [this](const QString &text, bool open, const Person::Question &q) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel((open ? QStringLiteral("⚠ ") : QString()) + text, this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setObjectName(open ? QStringLiteral("openConflict") : QStringLiteral("decidedPair"));
        label->setStyleSheet(open ? QStringLiteral("color: #a15c00;") : QStringLiteral("color: palette(mid);"));
        row->addWidget(label, 1);
        auto button = [this, row, q](const QString &name, const QString &caption, const QString &tip,
                                     IdentityDecision::Verdict verdict) {
            auto *b = new QPushButton(caption, this);
            b->setObjectName(name);
            b->setToolTip(tip);
            b->setEnabled(!m_busy);
            connect(b, &QPushButton::clicked, this, [this, q, verdict] { emit decisionRequested(q.pairs, verdict); });
            row->addWidget(b, 0, Qt::AlignTop);
        };
        if (open) {
            if (q.pairs.first().differing != QLatin1String("holders"))
                button(QStringLiteral("linkButton"), tr("Same person"),
                       tr("Link these accounts into one person (recorded with your name)"),
                       IdentityDecision::Verdict::Link);
            button(QStringLiteral("keepApartButton"), tr("Different people"),
                   tr("Keep these accounts apart and stop asking (recorded with your name)"),
                   IdentityDecision::Verdict::KeepApart);
        } else {
            button(QStringLiteral("undoButton"), tr("Undo"), tr("Withdraw this decision: it is to be decided again"),
                   IdentityDecision::Verdict::Undecided);
        }
        m_rows->addLayout(row);
    };
    for (const Person::Question &q : Person::questions(m_person.conflicts))
        addRow(describeOpen(q), true, q);
    for (const Person::Question &q : Person::questions(m_person.decided))
        addRow(describeDecided(q), false, q);
    setVisible(!m_person.conflicts.isEmpty() || !m_person.decided.isEmpty());
}
