#pragma once
// The snapshot JSON contract (DESIGN.md section 5): stable keys, more may be
// added. Writers emit every key; readers tolerate missing and extra keys.
#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>

#include "wres/model/snapshot.hpp"

namespace wres {

nlohmann::json snapshot_to_json(const Snapshot& s);
// The same in two parts, so the daemon can serialise the large part once per
// board (off its event loop) and the small part each time it changes:
// everything but config, changes and storage; and those three.
nlohmann::json snapshot_body_json(const Snapshot& s);
nlohmann::json snapshot_status_json(const ConfigStatus& config, const std::vector<StatusChange>& changes,
                                    const std::string& storage_error);
// Two serialised JSON objects with no key in common, as one.
std::string join_json_objects(const std::string& a, const std::string& b);
// nullopt (and *error set) when the document is not a snapshot of a schema we read.
[[nodiscard]] std::optional<Snapshot> snapshot_from_json(const nlohmann::json& j, std::string* error = nullptr);

nlohmann::json diagnostic_to_json(const Diagnostic& d);

}  // namespace wres
