#include "Error.h"

namespace chairside {

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::Invalid:
        return QStringLiteral("invalid");
    case Code::Unauthenticated:
        return QStringLiteral("unauthenticated");
    case Code::Forbidden:
        return QStringLiteral("forbidden");
    case Code::NotFound:
        return QStringLiteral("not_found");
    case Code::Conflict:
        return QStringLiteral("conflict");
    case Code::TooManyRequests:
        return QStringLiteral("too_many_requests");
    case Code::Unavailable:
        return QStringLiteral("unavailable");
    case Code::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace chairside
