#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <variant>

namespace chairside {

// Errors are values: services return them, the REST layer and the GUI each map them once.
struct Error
{
    enum class Code
    {
        Invalid,
        Unauthenticated,
        Forbidden,
        NotFound,
        Conflict,
        TooManyRequests,
        Unavailable,
        Internal
    };

    Code code = Code::Internal;
    QString message;
    // Field name -> messages, in the shape DRF clients read ({"email": ["..."]}).
    QMap<QString, QStringList> fieldErrors;
    // Seconds a client should wait before retrying (TooManyRequests only).
    int retryAfterSeconds = 0;

    static Error invalid(const QString& message) { return {Code::Invalid, message, {}}; }
    static Error field(const QString& field, const QString& message)
    {
        Error e{Code::Invalid, message, {}};
        e.fieldErrors[field].append(message);
        return e;
    }
    static Error unauthenticated(const QString& message) { return {Code::Unauthenticated, message, {}}; }
    static Error
    forbidden(const QString& message = QStringLiteral("You do not have permission to perform this action."))
    {
        return {Code::Forbidden, message, {}};
    }
    static Error notFound(const QString& message = QStringLiteral("Not found."))
    {
        return {Code::NotFound, message, {}};
    }
    static Error conflict(const QString& message) { return {Code::Conflict, message, {}}; }
    static Error unavailable(const QString& message) { return {Code::Unavailable, message, {}}; }
    static Error internal(const QString& message) { return {Code::Internal, message, {}}; }

    static QString codeName(Code code);
};

// Collects field errors while validating a whole input, so a client sees every problem at once.
class FieldErrors
{
public:
    void add(const QString& field, const QString& message) { m_errors[field].append(message); }
    bool isEmpty() const { return m_errors.isEmpty(); }
    bool has(const QString& field) const { return m_errors.contains(field); }
    Error toError() const
    {
        Error e{Error::Code::Invalid, QStringLiteral("Invalid input."), m_errors};
        if (m_errors.size() == 1 && m_errors.first().size() == 1)
            e.message = m_errors.first().first();
        return e;
    }

private:
    QMap<QString, QStringList> m_errors;
};

// A value or an Error. Small on purpose; std::expected is C++23.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_value(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_value); }
    T& value() & { return std::get<T>(m_value); }
    T&& value() && { return std::get<T>(std::move(m_value)); }
    const T* operator->() const { return &std::get<T>(m_value); }
    const T& operator*() const { return std::get<T>(m_value); }
    const Error& error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

// For operations that return nothing but may fail.
using Status = std::optional<Error>;

} // namespace chairside
