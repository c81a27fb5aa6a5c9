#include "wres/protocol/messages.hpp"

#include <nlohmann/json.hpp>

namespace wres::protocol {
using nlohmann::json;

std::string hello_message(std::string_view client_name) {
  return json{{"type", to_string(MessageType::hello)}, {"protocol", kProtocolVersion}, {"client", client_name}}.dump();
}

json request(MessageType type, std::optional<long long> id) {
  json j{{"type", to_string(type)}};
  if (id) j["id"] = *id;
  return j;
}

std::optional<MessageType> type_of(const json& m) {
  auto t = m.is_object() ? m.find("type") : m.end();
  if (t == m.end() || !t->is_string()) return std::nullopt;
  return message_type_from_name(t->get<std::string>());
}

std::string welcome_message(HandshakeStatus status, std::string_view daemon_name) {
  return json{{"type", to_string(MessageType::welcome)},
              {"protocol", kProtocolVersion},
              {"status", to_string(status)},
              {"daemon", daemon_name}}
      .dump();
}

std::string health_message(const json& health, std::optional<long long> id) {
  json j = request(MessageType::health, id);
  j["health"] = health;
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string snapshot_message(std::string_view snapshot_json, std::optional<long long> id,
                             std::optional<long long> revision) {
  std::string out = "{\"type\":\"" + std::string(to_string(MessageType::snapshot)) + "\",";
  if (id) out += "\"id\":" + std::to_string(*id) + ",";
  if (revision) out += "\"revision\":" + std::to_string(*revision) + ",";
  out += "\"snapshot\":";
  out += snapshot_json;
  out += "}";
  return out;
}

std::string error_message(std::string_view text, std::optional<long long> id) {
  json j = request(MessageType::error, id);
  j["message"] = text;
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

json status_change_json(const StatusChange& c) {
  return {{"plan", c.plan},    {"action", c.action}, {"title", c.title},     {"from", c.from.name()},
          {"to", c.to.name()}, {"at", c.at},         {"at_unix", c.at_unix}, {"cause", to_string(c.cause)}};
}

std::string history_message(long long id, const std::vector<StatusChange>& entries) {
  json arr = json::array();
  for (const auto& e : entries) arr.push_back(status_change_json(e));
  return json{{"type", to_string(MessageType::history)}, {"id", id}, {"entries", std::move(arr)}}.dump(
      -1, ' ', false, json::error_handler_t::replace);
}

std::string reading_history_message(long long id, const std::vector<ReadingChange>& rows) {
  json arr = json::array();
  auto opt = [](const std::optional<double>& v) { return v ? json(*v) : json(nullptr); };
  for (const auto& r : rows)
    arr.push_back({{"measure", r.measure},
                   {"month", r.month},
                   {"before", opt(r.before)},
                   {"value", opt(r.value)},
                   {"at", r.at},
                   {"at_unix", r.at_unix}});
  return json{{"type", to_string(MessageType::history)}, {"id", id}, {"readings", std::move(arr)}}.dump(
      -1, ' ', false, json::error_handler_t::replace);
}

std::vector<ReadingChange> reading_history_entries(const json& m) {
  std::vector<ReadingChange> out;
  auto it = m.find("readings");
  if (it == m.end() || !it->is_array()) return out;
  for (const auto& e : *it) {
    if (!e.is_object()) continue;
    ReadingChange r;
    r.measure = e.value("measure", std::string{}), r.month = e.value("month", std::string{});
    if (auto b = e.find("before"); b != e.end() && b->is_number()) r.before = b->get<double>();
    if (auto v = e.find("value"); v != e.end() && v->is_number()) r.value = v->get<double>();
    r.at = e.value("at", std::string{});
    if (auto u = e.find("at_unix"); u != e.end() && u->is_number_integer()) r.at_unix = u->get<std::int64_t>();
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<StatusChange> history_entries(const json& m) {
  std::vector<StatusChange> out;
  auto it = m.find("entries");
  if (it == m.end() || !it->is_array()) return out;
  auto s = [](const json& e, const char* k) {
    auto f = e.find(k);
    return f != e.end() && f->is_string() ? f->get<std::string>() : std::string{};
  };
  for (const auto& e : *it)
    if (e.is_object())
      out.push_back({.plan = s(e, "plan"),
                     .action = s(e, "action"),
                     .title = s(e, "title"),
                     .from = Mark::named(s(e, "from")),
                     .to = Mark::named(s(e, "to")),
                     .at = s(e, "at"),
                     .cause = change_cause_from_name(s(e, "cause")).value_or(ChangeCause::unknown)});
  return out;
}

std::optional<json> parse_message(std::string_view payload, std::string* error) {
  json j = json::parse(payload, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    if (error) *error = "frame is not valid JSON";
    return std::nullopt;
  }
  auto t = j.is_object() ? j.find("type") : j.end();
  if (!j.is_object() || t == j.end() || !t->is_string()) {
    if (error) *error = "message must be a JSON object with a string \"type\"";
    return std::nullopt;
  }
  return j;
}

}  // namespace wres::protocol
