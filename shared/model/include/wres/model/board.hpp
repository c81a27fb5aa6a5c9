#pragma once
// The board as the admins wrote it, after validation. Computations read this;
// they never see TOML.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "wres/model/comparator.hpp"
#include "wres/model/date.hpp"
#include "wres/model/diagnostic.hpp"
#include "wres/model/indicator_key.hpp"
#include "wres/model/pay_gap.hpp"
#include "wres/model/spc.hpp"
#include "wres/model/status.hpp"
#include "wres/model/wdes_year.hpp"

namespace wres {

// ---- indicators: raw inputs for one WRES year -------------------------------
struct Workforce {
  long long bme = 0, white = 0, unknown = 0;
};
struct Recruitment {
  long long bme_shortlisted = 0, bme_appointed = 0, white_shortlisted = 0, white_appointed = 0;
};
struct Disciplinary {
  long long bme_cases = 0, white_cases = 0;
};
struct Training {
  long long bme_accessed = 0, white_accessed = 0;
};
struct Survey {
  double bme_pct = 0, white_pct = 0;
  std::optional<long long> bme_n, white_n;  // respondents; enable significance tests
};
struct BoardMembers {
  long long bme = 0, white = 0;
  std::optional<long long> voting_bme, voting_white, exec_bme, exec_white;
};
// WRES indicator 1 is asked by pay band (BandGroup: model/comparator.hpp).
struct Band {
  std::string band;  // AfC "1"-"9", "8A"-"8D", or "VSM"
  BandGroup group = BandGroup::all;
  long long bme = 0, white = 0, unknown = 0;
};

struct YearData {
  int wres_year = 0;
  Date as_at;                                // the date the figures describe; default 31 March of wres_year
  std::optional<Date> survey_published;      // 5-8 of this year are withheld before this day
  std::optional<int> survey_year;            // the NHS Staff Survey 5-8 come from; absent: wres_year - 1
  std::map<std::string, std::string> notes;  // by metric key: the trust's own reading, shown beside the figure
  SourceLoc where;
  std::optional<Workforce> workforce;
  std::optional<Recruitment> recruitment;
  std::optional<Disciplinary> disciplinary;
  std::optional<Training> training;
  std::optional<Survey> hba_public, hba_staff, equal_opps, discrimination;
  std::optional<BoardMembers> board;
  std::vector<Band> bands;
  std::map<IndicatorKey, double> published;  // figures known only as published
  std::vector<Comparator> comparators;       // `national = {...}` is one labelled "National"
};

// ---- action plans -------------------------------------------------------------
enum class Priority { none, must, should, could };
enum class DueKind { date, ongoing, annually, quarterly, tbc };
enum class DuePrecision { day, month };  // "2024-10" names a month: due by its last day

struct Due {
  DueKind kind = DueKind::tbc;
  std::optional<Date> date;  // set when kind == date
  DuePrecision precision = DuePrecision::day;
  std::string text;  // as written, for the wall
};

struct Update {
  Date date;
  std::string text;
};

struct Action {
  std::string id, title, theme, lead, measure;
  std::vector<int> indicators;
  Priority priority = Priority::none;
  std::optional<Date> start;
  Due due;
  std::string status_word;               // as written ("Blue")
  Status status = Status::not_reported;  // after the plan's legend
  std::vector<Update> updates;
  SourceLoc where;
};

// A mark a progress report prints for a state ("✓" for complete), and how a
// count of it reads ("ticked"): the state is a reading of the mark, so the wall
// shows the mark beside its word and counts marks instead of a percentage.
struct SourceMark {
  Status status = Status::not_reported;
  std::string mark, counted;
};

struct Plan {
  std::string id, title;
  std::map<std::string, Status> legend;          // merged over the default colour words
  std::map<std::string, Status> own_legend;      // only what the plan's own legend says
  std::vector<SourceMark> marks;                 // the legend's printed marks, in the legend's order
  std::optional<Date> reported;                  // the day its statuses were last reported
  std::optional<Date> period_start, period_end;  // the plan's own period, when given
  std::vector<Action> actions;
  SourceLoc where;
};

// ---- other tracked numbers ----------------------------------------------------
struct Reading {
  Date date;
  double value = 0;
};
// A figure the source gives with no date ("109 attendees to date" in an undated
// progress log): the measure's latest, said to be undated; never given a month,
// charted or kept in the reading history. `word`: the source's noun for it where
// that is not the measure's unit (attendees of a course counted in completions).
struct UndatedReading {
  double value = 0;
  std::string word;
};
struct Measure {
  std::string id, title, unit;
  std::optional<double> target;
  Direction direction = Direction::higher_is_better;
  std::vector<Reading> readings;          // in date order, one per month (the loader checks both)
  std::optional<UndatedReading> undated;  // written last in readings = [...], without a date
  SpcOptions spc;
  SourceLoc where;
};

// ---- board-wide settings ------------------------------------------------------
const std::vector<std::string>& known_pages();  // every page the wall has, in rotation order

struct NightHours {
  int off_minute = 19 * 60, on_minute = 7 * 60;
};  // minutes after midnight

// Which pages the wall rotates through, and how long each stays: a page
// missing from `seconds` stays `rotate_seconds` (per screen, for a page of
// several screens).
struct PageSet {
  std::vector<std::string> pages = known_pages();  // all of them, in this order
  std::map<std::string, int> seconds;              // { page = "overdue", seconds = 40 }
  bool operator==(const PageSet&) const = default;
};

// [[display.schedule]]: another page set at some hours of some days (the
// board-meeting morning shows the indicators only). Minutes after midnight,
// [from, to); `days` bit 0 is Monday, bit 6 Sunday.
struct PageWindow {
  unsigned days = 0x7F;
  int from_minute = 0, to_minute = 0;
  PageSet set;
  bool operator==(const PageWindow&) const = default;
};

// [display] panel: how the wall puts its panel to standby at night.
enum class PanelControl {
  automatic,  // DPMS where the X server has it, else a black frame
  dpms,       // the X11 DPMS extension
  cec,        // HDMI-CEC standby through cec-client (Debian's cec-utils)
  none        // a black frame only
};
std::string_view to_string(PanelControl p);
[[nodiscard]] std::optional<PanelControl> panel_control_from_name(std::string_view name);

struct DisplaySettings {
  PageSet usual;                     // [display] pages: outside every schedule window
  std::vector<PageWindow> schedule;  // never overlapping (validated)
  int rotate_seconds = 20;
  std::optional<NightHours> night;
  int stale_seconds = 120;  // no word from the daemon for this long: say the data is stale
  int changes_days = 7;     // the changes page looks back this far
  PanelControl panel = PanelControl::automatic;
};

struct Rules {
  int due_soon_days = 30;
  int report_stale_days = 120;  // a plan reported longer ago than this is marked stale
  // Indicators 2-4: a rule of thumb borrowed from the four-fifths rule, not
  // part of the WRES; the wall's key and docs/wall.md say so.
  double ratio_low = 0.80, ratio_high = 1.25;
  double gap_amber_pts = 2.0, gap_red_pts = 5.0;
  // Pay gaps either way, in %: a rule of thumb (no national threshold); the key says so.
  double pay_gap_amber_pct = 2.0, pay_gap_red_pct = 5.0;
  // Scores (WDES 9a) below the reference group's; off (no rating) unless set.
  std::optional<double> score_amber_gap, score_red_gap;
  double confidence = 0.95;
  int disciplinary_rolling_years = 1;  // 2: NHS England's two-year average for small numbers
};

inline constexpr const char* kDefaultTerm = "BME";

// [privacy]: the wall hangs where anyone walks past (DESIGN 7.7).
struct PrivacySettings {
  int min_responses = 11;  // the NHS Staff Survey publishes no result from fewer
  // Counts of people below this read "fewer than N", and whatever would give
  // them back is withheld with them (compute/disclosure.hpp); 0 = off.
  int min_count = 0;
};

// [twin] (DESIGN 10): where wresd writes the accessible version of the wall,
// and the address it is served at (the wall shows it as a QR code).
struct TwinSettings {
  std::string dir;  // empty: wresd writes no twin (unless --twin-dir)
  std::string url;  // empty: no QR code on the wall
  SourceLoc where;
};

enum class TargetBase { population, workforce };
struct TargetSettings {  // [targets]: the aspirational target for bands 8A and above
  BandGroup group = BandGroup::all;
  TargetBase base = TargetBase::population;
  std::optional<int> baseline_year;  // default: the first year with bands in `group`
  int target_year = 2028;
  SourceLoc where;  // of [targets], when written
};

struct Board {
  std::string organisation, title;
  std::optional<Date> as_of;
  std::optional<double> local_population_bme_pct;
  std::string term = kDefaultTerm;  // the trust's own word for BME staff
  std::string illustrative;         // why its figures are invented or altered; empty: they are not
  DisplaySettings display;
  Rules rules;
  TargetSettings targets;
  PrivacySettings privacy;
  TwinSettings twin;
  std::vector<YearData> years;         // sorted by wres_year
  std::vector<WdesYear> wdes_years;    // sorted by wdes_year
  std::vector<PayGapReport> pay_gaps;  // sorted by kind, then year
  std::vector<Plan> plans;
  std::vector<Measure> measures;
};

std::string_view to_string(Priority p);
std::string_view to_string(DueKind k);
[[nodiscard]] std::optional<DueKind> due_kind_from_name(std::string_view name);
std::string_view to_string(BandGroup g);
[[nodiscard]] std::optional<BandGroup> band_group_from_name(std::string_view name);
std::string_view group_label(BandGroup g);  // "Non-clinical", for people
std::string_view to_string(TargetBase b);
[[nodiscard]] std::optional<TargetBase> target_base_from_name(std::string_view name);
// Agenda for Change bands in pay order, then the medical and dental grades the
// WRES counts in indicator 1 (its technical guidance's consultant, non-consultant
// career grade and trainee grades), which are staff of group "medical" only.
const std::vector<std::string>& pay_bands();
[[nodiscard]] bool is_medical_grade(std::string_view band);
std::string band_label(std::string_view band);             // "Band 8A", "VSM", "Consultant", "Career grade"
[[nodiscard]] bool is_senior_band(std::string_view band);  // 8A and above, VSM included
// One row per band for `group`, in pay order. For "all": a band's "all" entry
// where given, else the sum of its clinical, non-clinical and medical parts.
std::vector<Band> bands_in_group(const std::vector<Band>& bands, BandGroup group);
// The [[year]] with this wres_year, or null.
const YearData* find_year(const std::vector<YearData>& years, int wres_year);

}  // namespace wres
