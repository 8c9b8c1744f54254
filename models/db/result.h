#pragma once

#include "db/dberror.h"

#include <optional>
#include <utility>

// A value or a typed error. models/ returns these across thread and module boundaries instead of
// throwing (no exception crosses a thread or a slot).
template <class T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(DbError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T &operator*() { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    const DbError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    DbError m_error;
};
