#include "clisupport.h"

#include "db/passwordstore.h"
#include "db/pgconnection.h"
#include "db/profilestore.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CliSupport", text);
}

// Restores the terminal's echo however the read ends.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_ok = GetConsoleMode(m_handle, &m_mode) != 0;
        if (m_ok)
            SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        m_ok = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_ok)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_ok = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};
} // namespace

namespace CliSupport {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

QString readStdinLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

QString promptPassword(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    QString password;
    {
        EchoOff quiet;
        password = readStdinLine();
    }
    std::fputs("\n", stderr);
    return password;
}

Result<Platform> resolvePlatform(const QString &name)
{
    ProfileStore store;
    auto profile = store.profileByName(name);
    if (!profile)
        profile = store.profile(name);
    if (!profile)
        return DbError::make(DbError::Kind::Other,
            tr("No saved connection is called \"%1\". `zhiqiao-cli connection list` shows them.").arg(name));

    PasswordStore passwords;
    const PasswordStore::Lookup found = waitFor(passwords.lookup(profile->id));
    Platform platform{*profile, found.password};
    if (found.found() || !stdinIsTerminal())
        return platform;

    // Ask only when the server wants a password libpq could not find (PGPASSWORD, pgpass).
    auto probe = PgConnection::open(*profile, QString());
    if (probe || probe.error().kind != DbError::Kind::WrongPassword)
        return platform;
    platform.password = promptPassword(tr("Password for %1 (user %2 on %3): ")
                                           .arg(profile->name, profile->user, profile->address()));
    return platform;
}

} // namespace CliSupport
