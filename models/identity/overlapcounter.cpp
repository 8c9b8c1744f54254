#include "identity/overlapcounter.h"

#include "identity/identitylinker.h"
#include "identity/identitynormalizer.h"

#include <QHashFunctions>

#include <algorithm>
#include <numeric>

namespace {

std::uint64_t hashOf(const QString &normalised, std::size_t seed)
{
    if (normalised.isEmpty())
        return 0;
    const std::uint64_t h = qHash(normalised, seed);
    return h == 0 ? 1 : h;
}

} // namespace

OverlapCounter::Account OverlapCounter::identify(int platform, const QString &email, const QString &phone)
{
    Account a;
    a.email = hashOf(IdentityNormalizer::email(email).value, 0x5a71u);
    a.phone = hashOf(IdentityNormalizer::phone(phone).value, 0x9e37u);
    a.platform = static_cast<std::uint8_t>(platform);
    return a;
}

int OverlapCounter::addPlatform(const QString &label)
{
    if (m_platforms.size() >= kMaxPlatforms)
        return -1;
    m_platforms.append(label);
    return int(m_platforms.size()) - 1;
}

void OverlapCounter::add(std::vector<Account> &&accounts)
{
    if (m_accounts.empty()) {
        m_accounts = std::move(accounts);
        return;
    }
    m_accounts.insert(m_accounts.end(), accounts.begin(), accounts.end());
    std::vector<Account>().swap(accounts);
}

std::vector<std::uint32_t> OverlapCounter::linkedParents() const
{
    const std::uint32_t n = std::uint32_t(m_accounts.size());
    std::vector<std::uint32_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0u);
    auto root = [&parent](std::uint32_t i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    };
    std::vector<std::uint32_t> order(n);
    for (const bool byEmail : {true, false}) {
        auto key = [&](std::uint32_t i) { return byEmail ? m_accounts[i].email : m_accounts[i].phone; };
        auto other = [&](std::uint32_t i) { return byEmail ? m_accounts[i].phone : m_accounts[i].email; };
        std::iota(order.begin(), order.end(), 0u);
        // Holders of one identifier in account order, as IdentityLinker lists them.
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return key(a) != key(b) ? key(a) < key(b) : a < b;
        });
        for (std::uint32_t begin = 0; begin < n;) {
            std::uint32_t end = begin + 1;
            while (end < n && key(order[end]) == key(order[begin]))
                ++end;
            const std::uint32_t holders = end - begin;
            if (key(order[begin]) != 0 && holders >= 2 && holders <= std::uint32_t(IdentityLinker::kMaxHolders)) {
                for (std::uint32_t x = begin + 1; x < end; ++x) {
                    for (std::uint32_t y = begin; y < x; ++y) {
                        const std::uint32_t a = order[y], b = order[x];
                        if (other(a) != 0 && other(b) != 0 && other(a) != other(b))
                            continue; // a conflict: a person decides, the counter does not link
                        const std::uint32_t ra = root(a), rb = root(b);
                        if (ra != rb)
                            parent[std::max(ra, rb)] = std::min(ra, rb);
                    }
                }
            }
            begin = end;
        }
    }
    for (std::uint32_t i = 0; i < n; ++i)
        parent[i] = root(i);
    return parent;
}

OverlapCounter::Counts OverlapCounter::count(int platform) const
{
    Counts c;
    for (int i = 0; i < m_platforms.size(); ++i) {
        c.shared.append(0);
        c.peopleOn.append(0);
    }
    if (platform < 0 || platform >= m_platforms.size())
        return c;
    const std::vector<std::uint32_t> roots = linkedParents();
    std::vector<std::uint64_t> mask(m_accounts.size(), 0);
    for (std::size_t i = 0; i < m_accounts.size(); ++i)
        mask[roots[i]] |= std::uint64_t(1) << m_accounts[i].platform;
    const std::uint64_t self = std::uint64_t(1) << platform;
    for (std::size_t r = 0; r < mask.size(); ++r) {
        for (int q = 0; q < m_platforms.size(); ++q) {
            if (!(mask[r] & (std::uint64_t(1) << q)))
                continue;
            ++c.peopleOn[q];
            if (mask[r] & self)
                ++c.shared[q];
        }
    }
    c.people = c.shared[platform];
    return c;
}
