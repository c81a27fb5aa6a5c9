#pragma once
// The snapshot JSON contract (DESIGN.md section 5): stable keys, more may be
// added. Writers emit every key; readers tolerate missing and extra keys.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "wres/model/snapshot.hpp"

namespace wres {

nlohmann::json snapshot_to_json(const Snapshot& s);
// nullopt (and *error set) when the document is not a snapshot of a schema we read.
std::optional<Snapshot> snapshot_from_json(const nlohmann::json& j, std::string* error = nullptr);

nlohmann::json diagnostic_to_json(const Diagnostic& d);

}  // namespace wres
