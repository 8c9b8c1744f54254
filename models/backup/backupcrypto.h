#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

struct evp_md_ctx_st; // OpenSSL's EVP_MD_CTX

// The only place that talks to OpenSSL for backups (OpenSSL 3 EVP APIs). Every function returns
// false or an empty array on failure instead of throwing; callers turn that into a DbError.
namespace BackupCrypto {

constexpr int kKeySize = 32;   // AES-256, HMAC-SHA-256 and scrypt output
constexpr int kTagSize = 16;   // GCM tag appended to every chunk
constexpr int kNonceSize = 12; // 11-byte counter + 1-byte final flag

QByteArray randomBytes(int size);
QByteArray sha256(QByteArrayView data);
// SHA-256 of `size` bytes into `out` (32 bytes); the hot paths' form (no allocation).
bool sha256(const void *data, std::size_t size, unsigned char *out);

// Incremental SHA-256 (a content or file hash built as the bytes go by).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void add(QByteArrayView data);
    QByteArray result(); // 32 bytes; the hash starts over afterwards

private:
    ::evp_md_ctx_st *m_ctx;
};
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);
// HKDF-SHA-256 (RFC 5869), 32 bytes out.
QByteArray hkdf(QByteArrayView key, QByteArrayView salt, QByteArrayView info);
// scrypt with an explicit memory ceiling (OpenSSL's default of 32 MiB is below N=2^17, r=8).
QByteArray scrypt(QByteArrayView passphrase, QByteArrayView salt, std::uint64_t n, std::uint32_t r,
                  std::uint32_t p);
// Bytes scrypt needs for these parameters (128·r·N·p plus a margin), the ceiling passed to it.
std::uint64_t scryptMemory(std::uint64_t n, std::uint32_t r, std::uint32_t p);

// nonce = 11-byte big-endian chunk counter ‖ 1 byte final flag.
QByteArray chunkNonce(std::uint64_t counter, bool final);
// AES-256-GCM: ciphertext ‖ 16-byte tag. `out` is reused to avoid one allocation per chunk.
bool seal(QByteArrayView key, QByteArrayView nonce, QByteArrayView aad, QByteArrayView plain, QByteArray &out);
// Verifies the tag and decrypts; false when anything (key, nonce, aad, ciphertext, tag) differs.
bool open(QByteArrayView key, QByteArrayView nonce, QByteArrayView aad, QByteArrayView sealed, QByteArray &out);

// Constant-time comparison of MACs.
bool equal(QByteArrayView a, QByteArrayView b);

// Overwrites secrets before their memory is freed.
void wipe(QByteArray &secret);

} // namespace BackupCrypto
