#include "board_service.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include "journal.hpp"
#include "wres/compute/observation.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/compute/state_changes.hpp"
#include "wres/model/clock.hpp"
#include "wres/protocol/snapshot_json.hpp"

namespace wresd {

namespace {

// History keeps only what the wall may show: each year's figure as the
// published snapshot gives it; a withheld one is named so that any row an
// older wresd stored for it goes (compute/disclosure.hpp).
// A survey year under embargo is in no history yet: nothing of it is kept.
void embargoed_rows(const wres::Board& b, CommitInput& in) {
  auto embargoed = [&](const std::string& family, int year, std::string_view metric) {
    if (std::none_of(in.indicators.begin(), in.indicators.end(), [&](const IndicatorRow& row) {
          return row.family == family && row.wres_year == year && row.indicator == metric;
        }))
      in.withheld.push_back({family, year, std::string(metric)});
  };
  for (const auto& y : b.years)
    for (const auto& m : wres::wres_family().metrics)
      if (y.survey_published && wres::is_survey_metric(m) && wres::survey_of(y, *wres::wres_key(m)))
        embargoed("wres", y.wres_year, m.key);
  for (const auto& y : b.wdes_years)
    for (const auto& m : wres::wdes_family().metrics)
      if (y.survey_published && wres::is_survey_metric(m)) embargoed("wdes", y.wdes_year, m.key);
}

void indicator_rows(const wres::Snapshot& s, const wres::Board& b, CommitInput& in) {
  for (const auto& r : s.indicators) {
    const std::string family(r.family().id), name(r.spec().key);
    auto key = wres::wres_key(r.spec());
    for (const auto& h : r.history) {
      if (h.withheld) {
        in.withheld.push_back({family, h.year, name});
        continue;
      }
      // A WRES year's own source where it differs from the latest's (a published year before counted ones).
      const wres::YearData* y = key ? wres::find_year(b.years, h.year) : nullptr;
      auto o = y ? wres::observe(*y, *key) : std::nullopt;
      in.indicators.push_back({h.year, name, std::string(wres::to_string(o ? o->source : r.source)), h.value, family});
    }
    if (r.figure_withheld()) in.withheld.push_back({family, r.year, name});
  }
  embargoed_rows(b, in);
}

wres::StatusChange timed(wres::StatusChange c, std::int64_t when, wres::ChangeCause cause) {
  c.at = wres::local_timestamp(when), c.at_unix = when, c.cause = cause;
  return c;
}

// The action_state rows that the pending changes leave behind, in order.
void rows_from_changes(const std::vector<wres::StatusChange>& changes, CommitInput& in) {
  std::map<std::pair<std::string, std::string>, const wres::StatusChange*> last;
  for (const auto& c : changes) last[{c.plan, c.action}] = &c;
  for (const auto& [key, c] : last) {
    if (c->to.is(wres::Mark::Kind::removed))
      in.deletes.push_back({c->plan, c->action, c->title, c->from});
    else
      in.upserts.push_back({c->plan, c->action, c->title, c->to});
  }
}

// The statuses history holds once `changes` are applied to `rows`.
void apply_changes(std::vector<wres::StatusEntry>& rows, const std::vector<wres::StatusChange>& changes) {
  for (const auto& c : changes) {
    auto it = std::find_if(rows.begin(), rows.end(),
                           [&](const wres::StatusEntry& e) { return e.plan == c.plan && e.action == c.action; });
    if (c.to.is(wres::Mark::Kind::removed)) {
      if (it != rows.end()) rows.erase(it);
    } else if (it != rows.end()) {
      it->status = c.to, it->title = c.title;
    } else {
      rows.push_back({c.plan, c.action, c.title, c.to});
    }
  }
}

std::string dump(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

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
  stored_files_ = store_.last_files();
  // Whatever was recorded while history was unavailable is compared with what
  // history last recorded: the differences are recorded from now.
  if (!observed_.empty() && !baseline_pending_) {
    std::time_t now = clock_();
    for (auto& c : wres::diff_statuses(*statuses, observed_))
      pending_changes_.push_back(timed(std::move(c), now, wres::ChangeCause::config));
  }
  if (observed_.empty()) observed_ = std::move(*statuses);
}

PreparedBoard BoardService::prepare(const std::string& config_path, std::time_t now) {
  const auto began = std::chrono::steady_clock::now();
  PreparedBoard p = read_and_compute(config_path, now);
  p.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
  return p;
}

PreparedBoard BoardService::read_and_compute(const std::string& config_path, std::time_t now) {
  PreparedBoard p;
  p.at = now;
  p.load = wres::load_board(config_path);
  if (!p.load.ok()) return p;
  p.shape = wres::shape_of(*p.load.board);
  wres::Date today = wres::local_date(now);
  // Redacted always: what [privacy] withholds never reaches the socket. The
  // embargo follows the real day, whatever day the board is viewed at.
  p.good = wres::build_snapshot(*p.load.board, wres::effective_as_of(*p.load.board, today),
                                wres::SnapshotOptions{today, false});
  p.good.generated_at = wres::local_timestamp(now);
  p.good_body = dump(wres::snapshot_body_json(p.good));
  return p;
}

ReloadReport BoardService::reload(ReloadMode mode) {
  PreparedBoard p = prepare(config_path_, clock_());
  return apply(p, mode);
}

ReloadReport BoardService::apply(PreparedBoard& p, ReloadMode mode) {
  last_reload_at_ = wres::local_timestamp(p.at);
  wres::LoadResult& r = p.load;
  watch_files_ = r.files;
  watch_dirs_ = r.watch_dirs;
  if (!r.ok()) return load_failed(r, mode);
  if (mode != ReloadMode::confirmed) {
    auto lost = wres::lost_includes(shown_revision_ ? shown_revision_->files : stored_files_, r.includes);
    if (!lost.empty()) return lost_files(std::move(lost));
  }
  ReloadReport rep;
  if (mode == ReloadMode::prompt && board_) {
    if (auto why = wres::suspicious_drop(shape_, p.shape, r.texts)) {
      held_ = true;
      rep.held = *why;
      rep.storage_error = storage_error_;
      return rep;
    }
  }
  rep.warnings = std::move(r.warnings);
  show(p);
  rep.applied = true;
  if (mode == ReloadMode::settled) rep.changes = record(wres::ChangeCause::config, shown_since_).changes;
  rep.storage_error = storage_error_;
  return rep;
}

ReloadReport BoardService::load_failed(wres::LoadResult& r, ReloadMode mode) {
  ReloadReport rep;
  // An emptied file is a save in progress far more often than a decision.
  if (mode == ReloadMode::prompt && has_good_data()) {
    if (auto empty = wres::empty_file(r.texts)) {
      held_ = true;
      rep.held = *empty;
      rep.storage_error = storage_error_;
      return rep;
    }
  }
  held_ = false;
  if (r.errors.empty()) {
    wres::Diagnostic d;  // spelled out: GCC 12 misreads a braced temporary here
    d.where = wres::SourceLoc{config_path_, 1, 1};
    d.message = "board could not be read";
    r.errors.push_back(std::move(d));
  }
  show_errors(std::move(r.errors));
  rep.errors = errors_.size();
  rep.storage_error = storage_error_;
  return rep;
}

// A folder moved away, a share unmounted, a glob emptied: an outage until
// the files are back (a file event, or the watcher seeing the mount again)
// or an admin's SIGHUP takes the board without them. Never recorded.
ReloadReport BoardService::lost_files(std::vector<wres::Diagnostic> lost) {
  held_ = false;
  missing_files_ = true;
  show_errors(std::move(lost));
  ReloadReport rep;
  rep.errors = errors_.size();
  rep.storage_error = storage_error_;
  return rep;
}

void BoardService::show_errors(std::vector<wres::Diagnostic> errors) {
  errors_ = std::move(errors);
  if (!board_) restore_last_good();
  if (!has_good_data()) {  // nothing good to show: the errors alone, stamped now
    good_ = wres::Snapshot{};
    good_.generated_at = last_reload_at_;
    good_body_ = dump(wres::snapshot_body_json(good_));
  }
  publish();  // last good data, now with the errors beside it
}

void BoardService::restore_last_good() {
  if (restore_tried_) return;
  restore_tried_ = true;
  auto stored = store_.last_good();
  if (!stored) return;
  auto j = nlohmann::json::parse(stored->json, nullptr, false);
  std::string error;
  auto snap = j.is_discarded() ? std::nullopt : wres::snapshot_from_json(j, &error);
  if (!snap) {
    spdlog::error("the stored last good snapshot cannot be read ({}); the wall shows only the errors", error);
    return;
  }
  good_ = std::move(*snap);
  good_body_ = dump(wres::snapshot_body_json(good_));
  restored_at_ = stored->saved_at;
}

void BoardService::show(PreparedBoard& p) {
  wres::LoadResult& r = p.load;
  std::time_t now = p.at;
  bool same = board_ && shown_revision_ && shown_revision_->content_hash == r.content_hash;
  if (!same) shown_since_ = now;
  held_ = false;
  missing_files_ = false;
  errors_.clear();
  restored_at_.clear();
  // Swapped, not moved: the old board, snapshot and text go back in `p`.
  board_.swap(r.board);
  last_applied_at_ = wres::local_timestamp(now);
  std::swap(shape_, p.shape);
  shown_revision_ = RevisionInfo{r.content_hash, r.files, std::move(r.texts)};
  unsettled_ = true;
  std::swap(good_, p.good);
  std::swap(good_body_, p.good_body);
  publish();
}

bool BoardService::survey_embargoed() const {
  return std::any_of(good_.indicators.begin(), good_.indicators.end(),
                     [](const wres::IndicatorResult& r) { return r.embargo.has_value(); });
}

bool BoardService::files_quiet_for(std::chrono::milliseconds quiet) const {
  auto now = std::filesystem::file_time_type::clock::now();
  for (const auto& f : watch_files_) {
    std::error_code ec;
    auto t = std::filesystem::last_write_time(f, ec);
    if (ec || now - t < quiet) return false;
  }
  return true;
}

ReloadReport BoardService::settle() {
  if (held_) return reload(ReloadMode::settled);
  ReloadReport rep;
  // A board that broke before it settled is not recorded: it was not stable.
  if (unsettled_ && config_ok()) rep = record(wres::ChangeCause::config, shown_since_);
  rep.applied = config_ok();
  rep.errors = errors_.size();
  rep.storage_error = storage_error_;
  return rep;
}

ReloadReport BoardService::reevaluate() {
  if (!board_) return ReloadReport{false, errors_.size(), 0, {}, storage_error_, {}};
  std::time_t now = clock_();
  compute(now);
  // An edit not yet settled is recorded with it, later. (With a broken file
  // the last good board is still the one shown: its date changes are real.)
  if (unsettled_) {
    publish();
    ReloadReport rep;
    rep.applied = config_ok();
    rep.storage_error = storage_error_;
    return rep;
  }
  return record(wres::ChangeCause::date, now);
}

void BoardService::compute(std::time_t now) {
  wres::Date today = wres::local_date(now);
  good_ = wres::build_snapshot(*board_, wres::effective_as_of(*board_, today), wres::SnapshotOptions{today, false});
  good_.generated_at = wres::local_timestamp(now);
  good_body_ = dump(wres::snapshot_body_json(good_));
}

ReloadReport BoardService::record(wres::ChangeCause cause, std::time_t when) {
  ReloadReport rep;
  // First: a database replaced under us is compared with what we knew before
  // this change, so the change itself is counted once.
  if (auto note = check_store()) spdlog::error("{}", *note);
  std::vector<wres::StatusEntry> current = wres::statuses_of(good_);
  if (statuses_known_ && !baseline_pending_) {
    for (auto& c : wres::diff_statuses(observed_, current)) {
      pending_changes_.push_back(timed(std::move(c), when, cause));
      ++rep.changes;
    }
  }
  observed_ = std::move(current);
  if (shown_revision_ && stored_hash_ != shown_revision_->content_hash) pending_revision_ = shown_revision_;
  if (pending_revision_ || saved_good_as_of_ != good_.as_of) {
    pending_good_json_ = good_json();
    saved_good_as_of_ = good_.as_of;
  }
  unsettled_ = false;
  commit_pending();
  rep.applied = true;
  rep.storage_error = storage_error_;
  publish();
  return rep;
}

void BoardService::commit_pending() {
  if (auto note = check_store()) spdlog::error("{}", *note);
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
  in.last_good_json = pending_good_json_;
  if (baseline_pending_)
    in.upserts = observed_;  // first board ever: its statuses are the baseline
  else
    rows_from_changes(pending_changes_, in);
  if (board_) {
    indicator_rows(good_, *board_, in);
    in.readings.emplace();
    for (const auto& m : good_.measures)
      for (const auto& r : m.readings) in.readings->push_back({m.id, wres::to_iso(r.date), r.value});
  }
  if (auto err = store_.commit(in)) {
    storage_error_ = "cannot write history: " + *err;
    return;
  }
  if (pending_revision_) stored_hash_ = pending_revision_->content_hash;
  pending_revision_.reset();
  pending_good_json_.reset();
  pending_changes_.clear();
  baseline_pending_ = false;
  storage_error_.clear();
}

std::optional<std::string> BoardService::check_store() {
  auto why = store_.moved();
  if (!why) return std::nullopt;
  std::string msg = "history database " + store_.path() + " " + *why + " while wresd ran";
  store_.close();
  if (auto err = store_.open(store_.path())) return msg + "; cannot open it again: " + *err;
  statuses_known_ = false;
  stored_hash_.reset();
  sync_from_store();  // differences from what the file now holds are recorded from now
  if (shown_revision_ && stored_hash_ != shown_revision_->content_hash && !unsettled_)
    pending_revision_ = shown_revision_;
  if (board_ && !unsettled_) pending_good_json_ = good_json();
  return msg + (baseline_pending_ ? "; started a new history there (what the old file held is gone)"
                                  : "; now writing to the file at that path (" +
                                        std::to_string(store_.revision_count()) + " revisions in it)");
}

bool BoardService::retry_storage() {
  if (!store_.is_open()) return false;
  if (!statuses_known_) sync_from_store();
  commit_pending();
  publish();
  return storage_error_.empty();
}

void BoardService::restore_journal() {
  // Before the first board: what history last recorded is what a board
  // missing its included files is compared with.
  if (!statuses_known_ && store_.is_open()) sync_from_store();
  std::string path = journal_path_for(store_.path()), error;
  auto kept = read_journal(path, &error);
  if (!error.empty()) spdlog::error("{}", error);
  if (!kept || !store_.is_open()) return;
  apply_changes(observed_, *kept);
  pending_changes_.insert(pending_changes_.begin(), kept->begin(), kept->end());
  commit_pending();
  if (!storage_error_.empty()) return;  // still in memory, and still in the journal
  std::remove(path.c_str());
  spdlog::info("history: wrote {} status change{} kept in {} by the last run", kept->size(),
               kept->size() == 1 ? "" : "s", path);
}

std::vector<std::string> BoardService::flush_for_shutdown() {
  // Record what the wall shows only if the files still say the same now:
  // then they have been stable since it was read.
  if (unsettled_ && config_ok() && shown_revision_ &&
      wres::load_board(config_path_).content_hash == shown_revision_->content_hash)
    record(wres::ChangeCause::config, shown_since_);
  else if (!pending_changes_.empty() || pending_revision_)
    commit_pending();  // one more try
  if (pending_changes_.empty()) return {};
  std::string path = journal_path_for(store_.path());
  auto err = write_journal(path, pending_changes_);
  if (!err) {
    spdlog::warn("history: {} status change{} could not be stored ({}); kept in {} for the next start",
                 pending_changes_.size(), pending_changes_.size() == 1 ? "" : "s", storage_error_, path);
    return {};
  }
  std::vector<std::string> lost{"history: " + std::to_string(pending_changes_.size()) + " status changes are lost (" +
                                storage_error_ + "; " + *err + "):"};
  for (const auto& c : pending_changes_)
    lost.push_back("  " + c.at + " " + c.plan + " " + c.action + ": " + wres::names_of(c));
  return lost;
}

void BoardService::publish() {
  wres::ConfigStatus config{errors_.empty() && board_.has_value(), errors_};
  // Changes on the wall: the recent history plus anything not yet stored.
  int days = board_ ? board_->display.changes_days : 7;
  std::time_t since = clock_() - static_cast<std::time_t>(days) * 86400;
  if (auto recent = store_.recent_changes(since, 200)) recent_ = std::move(*recent);
  changes_.clear();
  for (auto it = pending_changes_.rbegin(); it != pending_changes_.rend(); ++it) changes_.push_back(*it);
  changes_.insert(changes_.end(), recent_.begin(), recent_.end());
  json_ = std::make_shared<const std::string>(
      wres::join_json_objects(good_body_, dump(wres::snapshot_status_json(config, changes_, storage_error_))));
}

// The last good snapshot as stored: its body was written off the event loop
// when the board was read; serializing the board again here held up every
// request (bench_save_latency, 100,000 actions: p99 17.7 ms before, 6.9 after).
std::string BoardService::good_json() const {
  return wres::join_json_objects(good_body_,
                                 dump(wres::snapshot_status_json(good_.config, good_.changes, good_.storage_error)));
}

wres::Snapshot BoardService::snapshot() const {
  wres::Snapshot s = good_;
  s.config = {errors_.empty() && board_.has_value(), errors_};
  s.changes = changes_;
  s.storage_error = storage_error_;
  return s;
}

}  // namespace wresd
