#include "journal.hpp"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "atomic_file.hpp"
#include "wres/protocol/messages.hpp"

namespace wresd {

std::string journal_path_for(const std::string& db_path) { return db_path + ".pending.json"; }

std::optional<std::string> write_journal(const std::string& path, const std::vector<wres::StatusChange>& changes) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& c : changes) rows.push_back(wres::protocol::status_change_json(c));
  std::string text =
      nlohmann::json{{"pending_changes", rows}}.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
  return replace_file(path, text, 0640, true);
}

std::optional<std::vector<wres::StatusChange>> read_journal(const std::string& path, std::string* error) {
  error->clear();
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream ss;
  ss << in.rdbuf();
  auto j = nlohmann::json::parse(ss.str(), nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("pending_changes") || !j["pending_changes"].is_array()) {
    *error = path + " is not a journal wresd wrote; left as it is";
    return std::nullopt;
  }
  std::vector<wres::StatusChange> out;
  try {
    for (const auto& r : j["pending_changes"])
      out.push_back(
          {.plan = r.at("plan").get<std::string>(),
           .action = r.at("action").get<std::string>(),
           .title = r.at("title").get<std::string>(),
           .from = wres::Mark::named(r.at("from").get<std::string>()),
           .to = wres::Mark::named(r.at("to").get<std::string>()),
           .at = r.at("at").get<std::string>(),
           .at_unix = r.at("at_unix").get<std::int64_t>(),
           .cause =
               wres::change_cause_from_name(r.at("cause").get<std::string>()).value_or(wres::ChangeCause::unknown)});
  } catch (const nlohmann::json::exception& e) {
    *error = path + ": " + e.what() + "; left as it is";
    return std::nullopt;
  }
  return out;
}

}  // namespace wresd
