#pragma once

#include <QHash>
#include <QWidget>

class ConnectionManager;
class QHBoxLayout;
class QLabel;
class QToolButton;

// The status bar's view of the connections: one entry per saved platform with a coloured state
// dot, its name and its environment badge; the tooltip says the address and, on failure, why.
class ConnectionStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionStatusWidget(ConnectionManager *manager, QWidget *parent = nullptr);

    // The entry text of a profile as shown (for tests).
    QString entryText(const QString &profileId) const;

Q_SIGNALS:
    void platformActivated(const QString &profileId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateEntry(const QString &profileId);

    ConnectionManager *m_manager;
    QHBoxLayout *m_layout = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QHash<QString, QToolButton *> m_entries;
};
