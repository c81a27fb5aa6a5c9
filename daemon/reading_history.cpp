// Measures' readings in the history database (schema 6): a row only when a
// month's value is new, differs from the latest stored, or leaves the board,
// so that history never records a change that did not happen.
#include <map>
#include <utility>

#include "history_store.hpp"
#include "sqlite.hpp"

namespace wresd {

void HistoryStore::store_readings(const std::vector<ReadingRow>& rows, std::optional<std::int64_t> revision,
                                  const CommitInput& in) {
  using Key = std::pair<std::string, std::string>;
  std::map<Key, std::optional<double>> latest;  // (measure, month) -> latest stored value; none: removed
  auto s = db_->prepare(
      "SELECT measure, month, value FROM measure_reading WHERE id IN "
      "(SELECT max(id) FROM measure_reading GROUP BY measure, month)");
  while (s.step()) latest[{s.text(0), s.text(1)}] = s.is_null(2) ? std::nullopt : std::optional{s.real(2)};
  auto add = db_->prepare(
      "INSERT INTO measure_reading(measure, month, value, revision, recorded_unix, recorded_at) VALUES (?,?,?,?,?,?)");
  auto put = [&](const Key& k, std::optional<double> v) {
    add.bind(1, k.first).bind(2, k.second);
    v ? add.bind(3, *v) : add.bind_null(3);
    revision ? add.bind(4, *revision) : add.bind_null(4);
    add.bind(5, in.now_unix).bind(6, in.now);
    add.step();
    add.reset();
  };
  for (const auto& r : rows) {
    Key k{r.measure, r.month};
    auto it = latest.find(k);
    if (it == latest.end() || it->second != r.value) put(k, r.value);
    if (it != latest.end()) latest.erase(it);
  }
  for (const auto& [k, v] : latest)
    if (v) put(k, std::nullopt);  // on the board before, not now
}

std::optional<std::vector<wres::ReadingChange>> HistoryStore::measure_history(const std::string& measure) {
  if (!db_) return std::nullopt;
  try {
    auto s = db_->prepare(
        "SELECT month, value, recorded_at, recorded_unix FROM measure_reading WHERE measure = ? ORDER BY month, id");
    s.bind(1, measure);
    std::vector<wres::ReadingChange> out;
    while (s.step()) {
      wres::ReadingChange c;
      c.measure = measure, c.month = s.text(0);
      if (!out.empty() && out.back().month == c.month) c.before = out.back().value;
      if (!s.is_null(1)) c.value = s.real(1);
      c.at = s.text(2), c.at_unix = s.integer(3);
      out.push_back(std::move(c));
    }
    return out;
  } catch (const StorageError&) {
    return std::nullopt;
  }
}

}  // namespace wresd
