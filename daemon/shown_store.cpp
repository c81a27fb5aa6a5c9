// The shown history's table (HistoryStore, migration 3): what each wall put
// on its screen, a row per view.
#include <nlohmann/json.hpp>

#include <algorithm>

#include "history_store.hpp"
#include "sqlite.hpp"

namespace wresd {

namespace {
constexpr const char* kShownColumns =
    "SELECT wall, at, at_unix, page, screen, revision, hash, width, height, night, panel, freshness, gap FROM shown ";

wres::FrameReport shown_row(const Statement& s) {
  return {.wall = s.text(0),
          .page = s.text(3),
          .screen = static_cast<int>(s.integer(4)),
          .revision = s.integer(5),
          .at = s.text(1),
          .at_unix = s.integer(2),
          .hash = s.text(6),
          .width = static_cast<int>(s.integer(7)),
          .height = static_cast<int>(s.integer(8)),
          .night = s.integer(9) != 0,
          .panel = wres::panel_state_from_name(s.text(10)).value_or(wres::PanelState::on),
          .freshness = s.text(11),
          .gap = s.text(12)};
}
}  // namespace

std::optional<std::string> HistoryStore::record_shown(const wres::FrameReport& f, const ShownLimits& limits) {
  if (!db_) return "history database is not open";
  try {
    Transaction t(*db_);
    auto ins = db_->prepare(
        "INSERT INTO shown(wall, at, at_unix, page, screen, revision, hash, width, height, night, panel, freshness, "
        "gap) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    ins.bind(1, f.wall).bind(2, f.at).bind(3, f.at_unix).bind(4, f.page).bind(5, std::int64_t{f.screen});
    ins.bind(6, std::int64_t{f.revision}).bind(7, f.hash).bind(8, std::int64_t{f.width});
    ins.bind(9, std::int64_t{f.height}).bind(10, std::int64_t{f.night}).bind(11, std::string(wres::to_string(f.panel)));
    ins.bind(12, f.freshness).bind(13, f.gap);
    ins.step();
    const std::int64_t id = db_->last_insert_rowid();
    // Both bounds by the index or the primary key: a few rows go each time.
    auto old = db_->prepare("DELETE FROM shown WHERE at_unix < ?");
    old.bind(1, f.at_unix - limits.keep_seconds);
    old.step();
    auto over = db_->prepare("DELETE FROM shown WHERE id <= ?");
    over.bind(1, id - limits.max_rows);
    over.step();
    t.commit();
    return std::nullopt;
  } catch (const StorageError& e) {
    return std::string(e.what());
  }
}

std::optional<std::vector<wres::FrameReport>> HistoryStore::shown(std::int64_t since, std::int64_t until,
                                                                  const std::string& wall, int limit) {
  if (!db_) return std::nullopt;
  std::vector<wres::FrameReport> out;
  try {
    // What each wall showed at `since`: its last row before it, found by the
    // (wall, at_unix) index for each of the (few, bounded) wall names.
    const std::string before =
        std::string(kShownColumns) + "WHERE wall = ?1 AND at_unix < ?2 ORDER BY at_unix DESC, id DESC LIMIT 1";
    auto s = db_->prepare(before.c_str());
    std::vector<std::string> names;
    if (wall.empty()) {
      auto n = db_->prepare("SELECT DISTINCT wall FROM shown LIMIT ?1");
      n.bind(1, std::int64_t{limit});
      while (n.step()) names.push_back(n.text(0));
    } else {
      names.push_back(wall);
    }
    for (const auto& name : names) {
      s.bind(1, name).bind(2, since);
      if (s.step()) out.push_back(shown_row(s));
      s.reset();
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.at_unix < b.at_unix; });
    const std::string during = std::string(kShownColumns) +
                               "WHERE at_unix >= ?1 AND at_unix <= ?2 AND (?3 = '' OR wall = ?3) "
                               "ORDER BY at_unix, id LIMIT ?4";
    auto d = db_->prepare(during.c_str());
    d.bind(1, since).bind(2, until).bind(3, wall).bind(4, std::int64_t{limit});
    while (d.step()) out.push_back(shown_row(d));
  } catch (const StorageError&) {
    return std::nullopt;
  }
  return out;
}

std::int64_t HistoryStore::shown_rows() { return count_rows("SELECT count(*) FROM shown"); }

bool HistoryStore::shown_name_allowed(const std::string& name, std::size_t max) {
  if (!db_) return true;  // nothing is written anyway; the wall still shows
  try {
    if (!shown_names_) {
      shown_names_.emplace();
      auto n = db_->prepare("SELECT DISTINCT wall FROM shown");
      while (n.step()) shown_names_->insert(n.text(0));
    }
  } catch (const StorageError&) {
    shown_names_.reset();
    return true;
  }
  if (shown_names_->count(name)) return true;
  if (shown_names_->size() >= max) return false;
  shown_names_->insert(name);
  return true;
}

}  // namespace wresd
