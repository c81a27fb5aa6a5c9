#include "board_service.hpp"

#include <map>

#include "wres/compute/observation.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/compute/state_changes.hpp"
#include "wres/model/clock.hpp"
#include "wres/protocol/snapshot_json.hpp"

namespace wresd {

namespace {

std::vector<IndicatorRow> indicator_rows(const wres::Board& b) {
  std::vector<IndicatorRow> rows;
  for (const auto& y : b.years)
    for (const auto& i : wres::all_indicators())
      if (auto o = wres::observe(y, i.key))
        rows.push_back({y.wres_year, std::string(i.name), std::string(wres::to_string(o->source)), o->value});
  return rows;
}

// The action_state rows that the pending changes leave behind, in order.
void rows_from_changes(const std::vector<TimedChange>& changes, CommitInput& in) {
  std::map<std::pair<std::string, std::string>, const wres::StateChange*> last;
  for (const auto& c : changes) last[{c.change.plan, c.change.action}] = &c.change;
  for (const auto& [key, c] : last) {
    if (c->to == wres::kRemoved) in.deletes.push_back({c->plan, c->action, c->title, c->from});
    else in.upserts.push_back({c->plan, c->action, c->title, c->to});
  }
}

}  // namespace

BoardService::BoardService(std::string config_path, HistoryStore& store, Clock clock)
    : config_path_(std::move(config_path)), store_(store), clock_(std::move(clock)) {
  if (store_.is_open()) sync_from_store();
}

void BoardService::sync_from_store() {
  auto statuses = store_.statuses();
  if (!statuses) return;
  statuses_known_ = true;
  baseline_pending_ = !store_.has_revisions();
  stored_hash_ = store_.last_content_hash();
  // Whatever was observed while history was unavailable is compared with what
  // history last recorded: the differences are recorded from now.
  if (!observed_.empty() && !baseline_pending_) {
    std::time_t now = clock_();
    for (auto& c : wres::diff_statuses(*statuses, observed_))
      pending_changes_.push_back({std::move(c), wres::local_timestamp(now), now, "config"});
  }
  if (observed_.empty()) observed_ = std::move(*statuses);
}

ReloadReport BoardService::reload() {
  std::time_t now = clock_();
  last_reload_at_ = wres::local_timestamp(now);
  wres::LoadResult r = wres::load_board(config_path_);
  watch_files_ = r.files;
  watch_dirs_ = r.watch_dirs;
  errors_ = r.errors;
  if (!r.ok()) {
    if (errors_.empty()) {
      wres::Diagnostic d;  // spelled out: GCC 12 misreads a braced temporary here
      d.where = wres::SourceLoc{config_path_, 1, 1};
      d.message = "board could not be read";
      errors_.push_back(std::move(d));
    }
    ReloadReport rep;
    rep.errors = errors_.size();
    rep.storage_error = storage_error_;
    publish();  // last good data, now with the errors beside it
    return rep;
  }
  board_ = std::move(*r.board);
  last_applied_at_ = last_reload_at_;
  if (stored_hash_ != r.content_hash) pending_revision_ = RevisionInfo{r.content_hash, r.files, r.sources};
  ReloadReport rep = evaluate("config");
  rep.applied = true;
  rep.warnings = std::move(r.warnings);
  return rep;
}

ReloadReport BoardService::reevaluate() {
  if (!board_) return ReloadReport{false, errors_.size(), 0, storage_error_, {}};
  return evaluate("date");
}

ReloadReport BoardService::evaluate(const char* cause) {
  std::time_t now = clock_();
  wres::Date today = wres::local_date(now);
  // Redacted always: what [privacy] withholds never reaches the socket. The
  // embargo follows the real day, whatever day the board is viewed at.
  good_ = wres::build_snapshot(*board_, wres::effective_as_of(*board_, today), wres::SnapshotOptions{today, false});
  good_.generated_at = wres::local_timestamp(now);
  std::vector<wres::StatusEntry> current = wres::statuses_of(good_);
  ReloadReport rep;
  if (statuses_known_ && !baseline_pending_) {
    for (auto& c : wres::diff_statuses(observed_, current)) {
      pending_changes_.push_back({std::move(c), good_.generated_at, now, cause});
      ++rep.changes;
    }
  }
  observed_ = std::move(current);
  commit_pending();
  rep.storage_error = storage_error_;
  publish();
  return rep;
}

void BoardService::commit_pending() {
  if (!store_.is_open()) {
    storage_error_ = store_.open_error().empty() ? "history database is not open"
                                                 : "cannot open history database: " + store_.open_error();
    return;
  }
  if (!statuses_known_) sync_from_store();
  CommitInput in;
  std::time_t now = clock_();
  in.now_unix = now;
  in.now = wres::local_timestamp(now);
  in.revision = pending_revision_;
  in.changes = pending_changes_;
  if (baseline_pending_) in.upserts = observed_;  // first board ever: its statuses are the baseline
  else rows_from_changes(pending_changes_, in);
  if (board_) in.indicators = indicator_rows(*board_);
  if (auto err = store_.commit(in)) {
    storage_error_ = "cannot write history: " + *err;
    return;
  }
  if (pending_revision_) stored_hash_ = pending_revision_->content_hash;
  pending_revision_.reset();
  pending_changes_.clear();
  baseline_pending_ = false;
  storage_error_.clear();
}

bool BoardService::retry_storage() {
  if (!store_.is_open()) return false;
  if (!statuses_known_) sync_from_store();
  commit_pending();
  publish();
  return storage_error_.empty();
}

void BoardService::publish() {
  shown_ = good_;
  shown_.config.ok = errors_.empty() && board_.has_value();
  shown_.config.errors = errors_;
  if (!board_) shown_.generated_at = last_reload_at_;
  // Changes on the wall: the recent history plus anything not yet stored.
  int days = board_ ? board_->display.changes_days : 7;
  std::time_t since = clock_() - static_cast<std::time_t>(days) * 86400;
  if (auto recent = store_.recent_changes(since, 200)) recent_ = std::move(*recent);
  shown_.changes.clear();
  for (auto it = pending_changes_.rbegin(); it != pending_changes_.rend(); ++it)
    shown_.changes.push_back({it->change.plan, it->change.action, it->change.title, it->change.from, it->change.to, it->at});
  shown_.changes.insert(shown_.changes.end(), recent_.begin(), recent_.end());
  shown_.storage_error = storage_error_;
  json_ = std::make_shared<const std::string>(
      wres::snapshot_to_json(shown_).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace wresd
