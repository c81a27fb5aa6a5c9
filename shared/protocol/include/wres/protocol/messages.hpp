#pragma once
// Building and reading the protocol's messages (see protocol.hpp).
#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>

#include "wres/model/snapshot.hpp"
#include "wres/protocol/protocol.hpp"

namespace wres::protocol {

std::string hello_message(std::string_view client_name);
// A request with no arguments but its id: subscribe, get_snapshot, get_health.
nlohmann::json request(MessageType type, std::optional<long long> id = std::nullopt);
std::string health_message(const nlohmann::json& health, std::optional<long long> id);
// The message's type; nullopt for a name this protocol does not have.
[[nodiscard]] std::optional<MessageType> type_of(const nlohmann::json& message);
std::string welcome_message(HandshakeStatus status, std::string_view daemon_name);
// The snapshot's JSON text is spliced in as is: serialised once, sent to all.
// `revision` counts the daemon's snapshots: a wall reports which one it drew.
std::string snapshot_message(std::string_view snapshot_json, std::optional<long long> id = std::nullopt,
                             std::optional<long long> revision = std::nullopt);
std::string error_message(std::string_view text, std::optional<long long> id = std::nullopt);

// Every field of a change: history replies and wresd's journal.
nlohmann::json status_change_json(const StatusChange& change);
std::string history_message(long long id, const std::vector<StatusChange>& entries);
std::vector<StatusChange> history_entries(const nlohmann::json& message);
// get_history with a "measure": the same "history" reply, with "readings" for "entries".
std::string reading_history_message(long long id, const std::vector<ReadingChange>& rows);
std::vector<ReadingChange> reading_history_entries(const nlohmann::json& message);

// Parses a payload into a JSON object with a string "type"; nullopt otherwise.
[[nodiscard]] std::optional<nlohmann::json> parse_message(std::string_view payload, std::string* error = nullptr);

}  // namespace wres::protocol
