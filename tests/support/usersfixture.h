#pragma once

// Known people on both demo platforms for the users area's tests (search, identity, profile).
namespace UsersFixture {
extern const char *const kSql;
}
