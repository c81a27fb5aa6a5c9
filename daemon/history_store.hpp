#pragma once
// The daemon's memory: every applied config revision, every action status
// change, indicator values per year. SQLite in WAL mode, one transaction per
// commit, so a kill -9 at any moment leaves a consistent database.
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "history_lock.hpp"
#include "wres/config/load.hpp"
#include "wres/model/frame_report.hpp"
#include "wres/model/status_change.hpp"

namespace wresd {

class Database;

inline constexpr int kSchemaVersion = 6;

// One year's figure of one family's metric ("wres", "recruitment"). The
// column keeps its first name, wres_year: it is the family's own year.
struct IndicatorRow {
  int wres_year = 0;
  std::string indicator, source;
  double value = 0;
  std::string family = "wres";
};

struct WithheldFigure {  // a family's metric in one year that the wall withholds now
  std::string family;
  int year = 0;
  std::string indicator;
};

struct RevisionInfo {
  std::uint64_t content_hash = 0;
  std::vector<std::string> files;
  std::vector<wres::SourceText> texts;  // each stored once per distinct content, zstd
};

// The last snapshot built from a valid board, served after a restart while
// the board has errors.
struct StoredSnapshot {
  std::string json;
  std::string saved_at;  // local ISO 8601
};

// A measure's reading in the published snapshot.
struct ReadingRow {
  std::string measure, month;
  double value = 0;
};

struct CommitInput {
  std::optional<RevisionInfo> revision;     // a new config revision, if the files changed
  std::vector<wres::StatusChange> changes;  // recorded as history, each with its time and cause
  std::vector<wres::StatusEntry> upserts;   // action_state rows to set
  std::vector<wres::StatusEntry> deletes;   // action_state rows to remove
  // Only what the wall may show (the published snapshot): stored when
  // different from the latest stored. `withheld`: figures the wall withholds
  // now; rows an older wresd stored for them are removed.
  std::vector<IndicatorRow> indicators;
  std::vector<WithheldFigure> withheld;
  // Every measure's readings now, when a board is loaded: a month's value is
  // stored when it is new or differs from the latest stored, and a month no
  // longer on the board is stored as removed (null).
  std::optional<std::vector<ReadingRow>> readings;
  std::optional<std::string> last_good_json;  // replaces the stored last good snapshot
  std::int64_t now_unix = 0;
  std::string now;
};

// How much shown history is kept: the older rows go as new ones come.
struct ShownLimits {
  std::int64_t keep_seconds = 90LL * 24 * 3600;  // wresd --shown-days
  // A cap whatever the clock says: 90 days of a wall changing view every
  // 5 s, with room to spare; a wall cannot fill the disk by reporting fast.
  std::int64_t max_rows = 2'000'000;
};

class HistoryStore {
 public:
  HistoryStore();
  ~HistoryStore();

  // Creates or migrates the schema. On failure the store stays closed and the
  // error is returned; the daemon keeps serving and retries later.
  // Takes the database's lock first (see history_lock.hpp): busy() tells
  // when another wresd has it.
  [[nodiscard]] std::optional<std::string> open(const std::string& path);
  [[nodiscard]] bool busy() const { return lock_.busy(); }
  [[nodiscard]] bool is_open() const { return db_ != nullptr; }
  // Why the last open() failed, for the wall and get_health; empty once open.
  const std::string& open_error() const { return open_error_; }
  const std::string& path() const { return path_; }
  // Said once about the last open(): a new file created, an empty one started afresh.
  const std::string& open_note() const { return open_note_; }
  // Whether the path still names the file that is open: nullopt when it
  // does, else what happened ("was deleted", "was replaced").
  [[nodiscard]] std::optional<std::string> moved() const;
  void close();

  [[nodiscard]] std::optional<std::string> commit(const CommitInput& in);
  // Reads return nullopt when the database cannot answer: never "no rows".
  std::optional<std::vector<wres::StatusEntry>> statuses();
  [[nodiscard]] bool has_revisions();
  std::optional<std::uint64_t> last_content_hash();
  // The files of the last board recorded (empty when none).
  std::vector<std::string> last_files();
  std::int64_t revision_count();
  [[nodiscard]] std::optional<std::vector<wres::StatusChange>> recent_changes(std::int64_t since_unix, int limit);
  [[nodiscard]] std::optional<std::vector<wres::StatusChange>> history(const std::string& plan,
                                                                       const std::string& action);
  // A measure's recorded readings, oldest month first (reading_history.cpp).
  [[nodiscard]] std::optional<std::vector<wres::ReadingChange>> measure_history(const std::string& measure);
  [[nodiscard]] std::string integrity_check();
  [[nodiscard]] std::optional<StoredSnapshot> last_good();

  // The shown history (shown_store.cpp): one row per view a wall put up, or a
  // gap. Recording also removes what falls outside `limits`.
  [[nodiscard]] std::optional<std::string> record_shown(const wres::FrameReport& row, const ShownLimits& limits);
  // Rows from `since` to `until` (unix seconds), oldest first, and before them
  // each wall's row in force at `since`; `wall` empty for every wall.
  std::optional<std::vector<wres::FrameReport>> shown(std::int64_t since, std::int64_t until, const std::string& wall,
                                                      int limit);
  std::int64_t shown_rows();
  // Whether rows for the wall `name` may be written: a name already in the
  // shown history, or a new one while it keeps fewer than `max` names.
  [[nodiscard]] bool shown_name_allowed(const std::string& name, std::size_t max);

 private:
  void migrate();
  std::int64_t count_rows(const char* sql);  // 0 when the database cannot answer
  std::unique_ptr<Database> db_;
  ExclusiveLock lock_;
  void store_texts(const RevisionInfo& rev, std::int64_t revision_id);
  void store_readings(const std::vector<ReadingRow>& rows, std::optional<std::int64_t> revision, const CommitInput& in);
  std::string open_error_, open_note_;
  std::string path_;
  unsigned long long dev_ = 0, ino_ = 0;
  std::optional<std::set<std::string>> shown_names_;  // read at the first report after open
};

}  // namespace wresd
