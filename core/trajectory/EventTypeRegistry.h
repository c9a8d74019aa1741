#pragma once

#include <QString>

// Event type names interned to small numbers when a trajectory is read, so that evaluating it
// (again and again, for a dashboard) never hashes a type name. Thread-safe; ids are stable for
// the life of the process and mean nothing outside it.
namespace EventTypeRegistry {
int idOf(const QString& type);
} // namespace EventTypeRegistry
