#pragma once
// What the wall shows: the computed picture of a board at one date. Produced
// by the computations, carried as JSON from daemon to display.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "wres/model/board.hpp"
#include "wres/model/diagnostic.hpp"

namespace wres {

enum class Trend { improved, worse, no_change };
enum class Rag { red, amber, green, none };
enum class Comparison { better, worse, same };

struct HistoryPoint {
  int year = 0;
  double value = 0;
  std::optional<double> white;     // 5-8
  std::optional<double> national;  // national BME figure that year
};

struct BoardShare {  // indicator 9, one group of members
  double pct = 0;       // BME % of the group
  double diff_pts = 0;  // minus the workforce BME %, when known
  bool has_diff = false;
};

struct BandShare { std::string band; long long bme = 0, total = 0; double bme_pct = 0; };

struct IndicatorResult {
  IndicatorKey key = IndicatorKey::workforce;
  int year = 0;
  std::string source;  // "counts" | "published" | "survey"
  double value = 0;
  std::optional<double> previous;
  std::optional<int> previous_year;
  std::optional<double> delta;
  Trend trend = Trend::no_change;
  std::optional<bool> significant;  // absent when no test was possible
  Rag rag = Rag::none;
  std::string rag_reason;
  std::optional<double> national;
  std::optional<Comparison> vs_national;
  std::optional<Comparison> vs_parity;
  std::optional<std::pair<double, double>> ci;  // ratios from counts
  bool small_numbers = false;
  std::optional<double> white, gap;             // 5-8: White %, adverse gap in points
  std::optional<long long> bme_n, white_n;      // 5-8
  std::optional<double> reference;              // 1, 9: local population BME %
  std::optional<BoardShare> board_all, board_voting, board_exec;  // 9
  std::vector<BandShare> bands;                 // 1
  std::vector<HistoryPoint> history;
};

struct BandTarget {
  std::string band;
  long long current = 0, total = 0, target = 0, needed = 0;
};

struct Targets {
  int year = 0;
  double population_pct = 0;
  std::vector<BandTarget> bands;
  long long needed = 0;
};

struct StateCounts {
  int not_started = 0, on_track = 0, at_risk = 0, off_track = 0, complete = 0, overdue = 0;
  int total() const { return not_started + on_track + at_risk + off_track + complete + overdue; }
};

struct GroupProgress {
  std::string name;
  int total = 0;
  double percent_complete = 0;
  StateCounts counts;
};

struct ActionView {
  std::string id, title, theme, lead, priority;
  State state = State::not_started;
  std::string status;  // the effective word for the wall: a state, or "overdue"
  std::string due_text;
  std::optional<Date> due_date;
  bool overdue = false, due_soon = false, quiet = false;
  std::optional<int> days_overdue, days_left, days_since_update;
  std::optional<Date> last_update;
  std::string last_update_text;
  std::vector<int> indicators;
};

struct PlanSummary {
  std::string id, title;
  int total = 0;
  double percent_complete = 0;
  StateCounts counts;
  std::vector<GroupProgress> themes, by_indicator;
  std::vector<std::string> overdue, due_soon, quiet;  // action ids
  std::vector<ActionView> actions;
};

struct MeasureResult {
  std::string id, title, unit;
  Direction direction = Direction::higher_is_better;
  std::optional<double> target, latest, previous, baseline, progress_pct;
  std::optional<Date> latest_date;
  std::optional<bool> met;
  std::optional<Trend> trend;
  std::vector<Reading> readings;
};

struct Change {
  std::string plan, action, title, from, to, at;  // at: local time, ISO 8601
};

struct ConfigStatus {
  bool ok = true;
  std::vector<Diagnostic> errors;
};

struct Snapshot {
  int schema = 1;
  std::string as_of, organisation, title, generated_at;
  ConfigStatus config;
  std::optional<double> local_population_bme_pct;
  std::vector<IndicatorResult> indicators;
  std::optional<Targets> targets;
  std::vector<PlanSummary> plans;
  std::vector<MeasureResult> measures;
  std::vector<Change> changes;
  DisplaySettings display;
  Rules rules;                // so the wall draws the configured band and thresholds
  std::string storage_error;  // set by the daemon when history cannot be written
};

std::string_view to_string(Trend t);
std::string_view to_string(Rag r);
std::string_view to_string(Comparison c);
std::optional<Trend> trend_from_name(std::string_view s);
std::optional<Rag> rag_from_name(std::string_view s);
std::optional<Comparison> comparison_from_name(std::string_view s);

}  // namespace wres
