#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

// How many people (identity groups) two or more platforms share, for platforms of a million
// users each. Links accounts exactly as IdentityLinker does (normalised e-mail or phone, never
// across a conflict, never through an identifier with more than IdentityLinker::kMaxHolders
// holders) but keeps only 64-bit hashes of the normalised identifiers: ~24 bytes an account
// instead of the strings and groups IdentityLinker keeps for showing evidence. Two different
// identifiers with the same hash would link two people; at 64 bits and millions of identifiers
// the chance is about 1e-7 per dashboard.
class OverlapCounter
{
public:
    struct Account
    {
        std::uint64_t email = 0; // hash of the normalised e-mail, 0 = none or invalid
        std::uint64_t phone = 0;
        std::uint8_t platform = 0;
    };

    struct Counts
    {
        qlonglong people = 0;    // groups with an account on the platform
        QList<qlonglong> shared; // per platform index: groups on both (shared[self] = people)
        QList<qlonglong> peopleOn; // per platform index: groups with an account there
    };

    static constexpr int kMaxPlatforms = 64;

    // Normalises (IdentityNormalizer) and hashes one account's identifiers. Pure: call it on
    // the thread that reads the platform.
    static Account identify(int platform, const QString &email, const QString &phone);

    // Returns the platform's index, or -1 beyond kMaxPlatforms.
    int addPlatform(const QString &label);
    QStringList platforms() const { return m_platforms; }

    void add(const Account &account) { m_accounts.push_back(account); }
    void add(std::vector<Account> &&accounts);
    std::size_t accounts() const { return m_accounts.size(); }

    Counts count(int platform) const;

private:
    std::vector<std::uint32_t> linkedParents() const;

    QStringList m_platforms;
    std::vector<Account> m_accounts;
};
