#pragma once
// The board as the admins wrote it, after validation. Computations read this;
// they never see TOML.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "wres/model/date.hpp"
#include "wres/model/diagnostic.hpp"
#include "wres/model/indicator_key.hpp"

namespace wres {

// ---- indicators: raw inputs for one WRES year -------------------------------
struct Workforce { long long bme = 0, white = 0, unknown = 0; };
struct Recruitment {
  long long bme_shortlisted = 0, bme_appointed = 0, white_shortlisted = 0, white_appointed = 0;
};
struct Disciplinary { long long bme_cases = 0, white_cases = 0; };
struct Training { long long bme_accessed = 0, white_accessed = 0; };
struct Survey {
  double bme_pct = 0, white_pct = 0;
  std::optional<long long> bme_n, white_n;  // respondents; enable significance tests
};
struct BoardMembers {
  long long bme = 0, white = 0;
  std::optional<long long> voting_bme, voting_white, exec_bme, exec_white;
};
struct Band { std::string band; long long bme = 0, white = 0, unknown = 0; };

struct YearData {
  int wres_year = 0;
  SourceLoc where;
  std::optional<Workforce> workforce;
  std::optional<Recruitment> recruitment;
  std::optional<Disciplinary> disciplinary;
  std::optional<Training> training;
  std::optional<Survey> hba_public, hba_staff, equal_opps, discrimination;
  std::optional<BoardMembers> board;
  std::vector<Band> bands;
  std::map<IndicatorKey, double> published;  // figures known only as published
  std::map<std::string, double> national;    // e.g. "recruitment", "hba_public_bme"
};

// ---- action plans -------------------------------------------------------------
enum class State { not_started, on_track, at_risk, off_track, complete };
enum class Priority { none, must, should, could };
enum class DueKind { date, ongoing, annually, quarterly, tbc };

struct Due {
  DueKind kind = DueKind::tbc;
  std::optional<Date> date;  // set when kind == date
  std::string text;          // as written, for the wall
};

struct Update { Date date; std::string text; };

struct Action {
  std::string id, title, theme, lead, measure;
  std::vector<int> indicators;
  Priority priority = Priority::none;
  std::optional<Date> start;
  Due due;
  std::string status_word;  // as written ("Blue")
  State state = State::not_started;  // after the plan's legend
  std::vector<Update> updates;
  SourceLoc where;
};

struct Plan {
  std::string id, title;
  std::map<std::string, State> legend;  // merged over the default colour words
  std::vector<Action> actions;
  SourceLoc where;
};

// ---- other tracked numbers ----------------------------------------------------
struct Reading { Date date; double value = 0; };
struct Measure {
  std::string id, title, unit;
  std::optional<double> target;
  Direction direction = Direction::higher_is_better;
  std::vector<Reading> readings;  // sorted by date
  SourceLoc where;
};

// ---- board-wide settings ------------------------------------------------------
struct NightHours { int off_minute = 19 * 60, on_minute = 7 * 60; };  // minutes after midnight

struct DisplaySettings {
  std::vector<std::string> pages{"overview", "indicators", "plans", "overdue", "changes", "targets"};
  int rotate_seconds = 20;
  std::optional<NightHours> night;
  int stale_seconds = 120;  // no word from the daemon for this long: say the data is stale
  int changes_days = 7;     // the changes page looks back this far
};

struct Rules {
  int due_soon_days = 30;
  double ratio_low = 0.80, ratio_high = 1.25;  // WRES non-adverse range, indicators 2-4
  double gap_amber_pts = 2.0, gap_red_pts = 5.0;
  double confidence = 0.95;
};

struct Board {
  std::string organisation, title;
  std::optional<Date> as_of;
  std::optional<double> local_population_bme_pct;
  DisplaySettings display;
  Rules rules;
  std::vector<YearData> years;  // sorted by wres_year
  std::vector<Plan> plans;
  std::vector<Measure> measures;
};

std::string_view to_string(State s);
std::optional<State> state_from_name(std::string_view name);
std::string_view to_string(Priority p);
std::string_view to_string(DueKind k);
const std::vector<std::string>& known_pages();

}  // namespace wres
