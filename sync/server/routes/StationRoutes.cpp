#include "Routes.h"
#include "handlers/Handlers.h"

namespace chairside::api {

QList<Route> stationRoutes(ApiHandlers& h)
{
    const QString d = QStringLiteral("station");
    return {
        {"GET", QStringLiteral("/api/sync/conflicts"), Access::Authenticated,
         [&h](const ApiRequest& req) { return h.sync.conflicts(req); }, d},
    };
}

} // namespace chairside::api
