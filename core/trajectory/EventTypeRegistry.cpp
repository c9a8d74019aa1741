#include "trajectory/EventTypeRegistry.h"

#include <QHash>
#include <QMutex>

int EventTypeRegistry::idOf(const QString& type)
{
    static QMutex mutex;
    static QHash<QString, int> ids;
    const QMutexLocker lock(&mutex);
    const auto found = ids.constFind(type);
    if (found != ids.cend())
        return found.value();
    const int id = int(ids.size());
    ids.insert(type, id);
    return id;
}
