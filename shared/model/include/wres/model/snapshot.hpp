#pragma once
// What the wall shows: the computed picture of a board at one date. Produced
// by the computations, carried as JSON from daemon to display.
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "wres/model/board.hpp"
#include "wres/model/diagnostic.hpp"
#include "wres/model/status_change.hpp"

namespace wres {

inline constexpr int kSnapshotSchema = 3;

// The direction of a change against the indicator's goal, whether or not it is
// beyond noise (that is `significant`). `same` only when both figures are
// equal at the precision shown.
// not_compared: a ratio year with no cases in one group has no likelihood to
// hold another against, so no side or distance is claimed (issue 29.1).
enum class Trend { improved, worse, same, first_year, not_compared };
enum class Rag { red, amber, green, none };
enum class Comparison { better, worse, same };
// Ratios: which of the family's two groups the figure favours; `neither`
// when its interval includes parity or it is 1.00.
enum class Favours { reference, focus, neither };
// Where a year's figure comes from: counts of people, a figure the report
// published, survey percentages, or each group's hourly pay (a pay gap).
enum class Source { counts, published, survey, hourly };
// A board gap (WRES 9, WDES 10): the voting members' share, or all members'
// where no voting split is given; `none` for every other kind.
enum class BoardBasis { none, voting, all_members };

struct HistoryPoint {
  int year = 0;
  bool withheld = false;  // (DESIGN 7.7): value and ref_pct are not given
  double value = 0;
  std::optional<double> ref_pct;     // survey gaps: the reference group's %
  std::optional<double> comparator;  // the indicator's `history_comparator` that year
};

struct ComparatorResult {
  std::string label;
  int year = 0;
  std::optional<double> value;    // absent: "not yet available"
  std::optional<double> ref_pct;  // survey gaps: the reference group's figure, when given
  std::optional<Comparison> vs;   // this indicator's value against it
};

struct BoardShare {     // indicator 9, one group of members
  double pct = 0;       // the focus group's % of the members
  double diff_pts = 0;  // minus the workforce's focus %, when known
  bool has_diff = false;
};

struct BandShare {
  std::string band;
  BandGroup group = BandGroup::all;
  long long focus = 0, total = 0;
  double focus_pct = 0;
  double vs_overall_pts = 0;  // band % minus the overall workforce %
  // Withheld (compute/disclosure.cpp): why the count, the share and the gap
  // are not given ("fewer than 5 Global Majority staff"); empty when they are.
  std::string withheld;
  bool total_withheld = false;  // the band itself has fewer than [privacy] min_count staff
  [[nodiscard]] bool is_withheld() const { return !withheld.empty(); }
};

// Survey figures of a year not yet published nationally (DESIGN 7.7).
struct Embargo {
  int year = 0;
  Date published;
};

struct IndicatorResult {
  const MetricSpec* metric = &info(IndicatorKey::workforce);  // never null: a spec of static duration
  const MetricSpec& spec() const { return *metric; }
  const FamilySpec& family() const { return family_of(*metric); }
  int year = 0;
  Source source = Source::published;
  // Withheld (DESIGN 7.7, compute/disclosure.cpp): no figure, no trend and
  // no rating are given, and `withheld` says why ("fewer than 11 responses");
  // empty when the figure is given.
  std::string withheld;
  [[nodiscard]] bool figure_withheld() const { return !withheld.empty(); }
  bool trend_withheld = false;     // the trend would give a withheld figure away
  std::optional<Embargo> embargo;  // a later year's survey results, not out yet
  double value = 0;
  std::optional<double> previous;
  std::optional<int> previous_year;
  std::optional<double> delta;
  Date as_at;                      // the date the figures describe
  std::optional<int> survey_year;  // survey figures: the NHS Staff Survey they come from, shown instead of as_at
  Trend trend = Trend::first_year;
  std::optional<bool> significant;        // absent: no test applies
  std::optional<long long> delta_people;  // 1 and 9: the change in people
  Rag rag = Rag::none;
  std::string rag_reason;
  std::optional<Favours> favours;  // 2-4
  std::vector<ComparatorResult> comparators;
  std::optional<Comparison> vs_parity;
  std::optional<std::pair<double, double>> ci;  // ratios from counts
  bool small_numbers = false;
  int rolling_years = 1;                    // 3: years pooled into the figure
  std::optional<double> ref_pct, gap;       // survey gaps: the reference group's %, adverse gap in points
  std::optional<bool> gap_significant;      // survey gaps: the gap is beyond chance at `confidence`; absent: no n's
  std::optional<long long> focus_n, ref_n;  // survey gaps: respondents
  // A share: the share it is held against (WRES 1: the local population %);
  // `reference_pct` in the snapshot, since schema 3 gives `reference` the reference group's word.
  std::optional<double> reference_share;
  // 9: value is the voting members' share ("voting"), or all members' where
  // no voting split is given ("all_members"); gaps are against the workforce %.
  BoardBasis basis = BoardBasis::none;
  std::optional<double> gap_pts, exec_pct, exec_gap_pts;
  std::string exec_withheld;  // 9: why the executive share is not given, e.g. "fewer than 5 members"
  std::optional<BoardShare> board_all, board_voting, board_exec;  // 9
  std::vector<BandShare> bands;        // 1 (WDES: its clusters; a pay gap: its quartiles, "1" lowest paid)
  std::optional<double> declared_pct;  // a share of everyone: the % whose group is recorded (WDES 1)
  std::string note;                    // a yes or no (WDES 9b): the board file's note; else the trust's own
                                       // reading from the year's notes (never with a withheld figure)
  // The groups' words where the board names its own (a pay gap's [[pay_gap]] focus and reference);
  // empty: the spec's (wording.hpp's focus_of / reference_of give the word either way).
  std::string focus, reference;
  std::optional<HourlyPay> pay;     // a pay gap from hourly pay: each group's mean (or median), in pounds
  std::optional<BandShare> senior;  // 1: bands 8A-9 together
  std::string history_comparator;   // label of HistoryPoint::comparator
  std::vector<HistoryPoint> history;
  // A board's voting share (9): the all-member share by year, from the years
  // that give all members only and this year's members where shown. Its own
  // series on the chart, never compared with the voting figure.
  std::vector<HistoryPoint> all_member_history;
};

struct TrajectoryPoint {
  int year = 0;
  long long target = 0;
};

struct BandTarget {
  std::string band;
  long long current = 0, total = 0, target = 0, needed = 0;
  // Why current, needed, the path and on_path are not given (compute/disclosure.cpp); empty when they are.
  std::string withheld;
  bool total_withheld = false;              // fewer than min_count staff in the band: total and target too
  std::vector<TrajectoryPoint> trajectory;  // baseline year to target year, whole people; none without baseline_year
  std::optional<bool> on_path;              // current >= the path's figure for `year`; absent without a path
  [[nodiscard]] bool is_withheld() const { return !withheld.empty(); }
};

struct Targets {
  int year = 0;  // the year whose headcounts are shown
  BandGroup group = BandGroup::all;
  TargetBase base = TargetBase::population;
  double base_pct = 0;
  // The board's own baseline_year: the trust publishes an end state, so a
  // straight line to it, and a verdict against the line, are the board's choice.
  std::optional<int> baseline_year;
  int target_year = 2028;
  std::vector<BandTarget> bands;
  long long needed = 0;
  bool needed_withheld = false;  // a band is withheld, and the sum would give it away
};

// Actions per reported status; an overdue action is counted once, under
// `overdue`, and not under its status.
struct StatusCounts {
  std::array<int, kStatusCount> by_status{};
  int overdue = 0;
  int& operator[](Status st) { return by_status[static_cast<std::size_t>(st)]; }
  int operator[](Status st) const { return by_status[static_cast<std::size_t>(st)]; }
  int total() const {
    int n = overdue;
    for (int k : by_status) n += k;
    return n;
  }
};

struct GroupProgress {
  std::string name;
  int total = 0;
  double percent_complete = 0;
  StatusCounts counts;
};

struct ActionView {
  std::string id, title, theme, lead, priority;
  Status status = Status::not_reported;
  std::string status_word;  // as the plan wrote it ("Amber")
  DueKind due_kind = DueKind::tbc;
  DuePrecision due_precision = DuePrecision::day;
  std::string due_text;  // as written
  std::optional<Date> due_date;
  bool overdue = false, due_soon = false, quiet = false;
  bool due_soon_unreported = false;  // due within due_soon_days, status not reported (not "due soon": not known undone)
  std::optional<int> days_overdue, days_left, days_since_update;
  std::optional<Date> last_update;
  std::string last_update_text;
  std::vector<int> indicators;
};

// The wall's colours, by name. Plans' legends may use the first seven words;
// silver and faint are the wall's own neutrals.
enum class Hue { red, amber, yellow, green, blue, purple, grey, silver, faint };

// How the wall colours one mark (a status, overdue, due soon) for one plan: never
// in a colour the plan's own legend gives another meaning (DESIGN 7.6).
struct MarkColour {
  Mark mark;
  Hue hue = Hue::silver;
  std::string plan_word;  // the plan's colour word, shown beside the state when
                          // the wall's colour for it differs from the wall's usual one
};

struct PlanSummary {
  std::string id, title;
  int total = 0;
  double percent_complete = 0;
  bool statuses_reported = true;  // false when most statuses are not reported: no bar, say so
  std::optional<Date> reported;   // the day its statuses were last reported
  bool report_stale = false;      // reported longer ago than [rules] report_stale_days
  StatusCounts counts;
  std::vector<GroupProgress> themes, by_indicator;
  std::vector<ActionView> actions;  // overdue, due soon and quiet are flags on each
  std::vector<MarkColour> palette;  // every status, overdue and due soon
  std::vector<SourceMark> marks;    // a progress report's marks: counted, never a percentage
};

struct MeasureResult {
  std::string id, title, unit;
  Direction direction = Direction::higher_is_better;
  std::optional<double> target, latest, previous, baseline, progress_pct;
  std::optional<Date> latest_date;    // absent with a latest: the source gives it undated
  std::optional<Date> previous_date;  // the reading before the latest
  std::string latest_word;            // the source's noun for an undated latest, where it is not the unit
  std::optional<bool> met;
  std::optional<Trend> trend;  // absent for a measure with no better direction
  std::vector<Reading> readings;
  std::optional<SpcResult> spc;  // absent before the first reading
};

struct ConfigStatus {
  bool ok = true;
  std::vector<Diagnostic> errors;
};

struct Snapshot {
  int schema = kSnapshotSchema;
  // Calendar days are `Date`; a moment (generated_at, StatusChange::at) is
  // local ISO 8601 text, since it is only ever shown.
  std::optional<Date> as_of;  // absent only before any board has loaded
  std::string organisation, title, generated_at;
  std::string term = kDefaultTerm;
  std::string illustrative;        // [board] illustrative: shown on every page; empty when the figures are real
  std::optional<Date> data_as_at;  // the latest [[year]] as_at
  bool data_overdue = false;       // as_of is more than a reporting cycle past it
  // The same data calendar for every other family the board has (DESIGN 8.2):
  // its latest as_at and whether as_of is a reporting cycle past it.
  struct FamilyCalendar {
    std::string family;  // "wdes"
    Date as_at;
    bool overdue = false;
  };
  std::vector<FamilyCalendar> calendars;
  ConfigStatus config;
  std::optional<double> local_population_bme_pct;
  std::vector<IndicatorResult> indicators;
  std::optional<Targets> targets;
  std::vector<PlanSummary> plans;
  std::vector<MeasureResult> measures;
  std::vector<StatusChange> changes;
  DisplaySettings display;
  Rules rules;  // so the wall draws the configured band and thresholds
  PrivacySettings privacy;
  std::string twin_url;       // [twin] url: the wall shows it as a QR code, "Accessible version of this screen"
  bool unredacted = false;    // wresctl --unredacted only; the daemon never publishes one
  std::string storage_error;  // set by the daemon when history cannot be written
};

// Plans, indicators or measures to show (an empty board has none; nor does a
// daemon's first snapshot when its board has errors).
[[nodiscard]] bool has_content(const Snapshot& s);
// The ids of a plan's actions with one flag set, in plan order (the JSON's
// "overdue", "due_soon" and "quiet" lists): `action_ids(p, &ActionView::overdue)`.
std::vector<std::string> action_ids(const PlanSummary& p, bool ActionView::*flag);
// The plan of that id on this board; null when it is not on it.
const PlanSummary* find_plan(const Snapshot& s, const std::string& id);
// What to chase, as the wall lists it: the overdue actions, longest overdue
// first; or those falling due (a due date without a status too), soonest first.
using ActionInPlan = std::pair<const ActionView*, const PlanSummary*>;
std::vector<ActionInPlan> actions_to_chase(const Snapshot& s, bool overdue);
// What a wall shows when `incoming` arrives: `incoming`, except that a
// snapshot emptied by errors never replaces one with content: the content
// stays, under the new errors (the wall says it shows the last good data).
Snapshot keep_last_good(const std::optional<Snapshot>& shown, Snapshot incoming);

std::string_view to_string(Hue h);
[[nodiscard]] std::optional<Hue> hue_from_name(std::string_view s);
std::string_view to_string(Trend t);
std::string_view to_string(Rag r);
std::string_view to_string(Comparison c);
std::string_view to_string(Favours f);
std::string_view to_string(Source s);
std::string_view to_string(BoardBasis b);  // "" for none
[[nodiscard]] std::optional<Source> source_from_name(std::string_view s);
[[nodiscard]] std::optional<BoardBasis> board_basis_from_name(std::string_view s);
[[nodiscard]] std::optional<Favours> favours_from_name(std::string_view s);
[[nodiscard]] std::optional<Trend> trend_from_name(std::string_view s);
[[nodiscard]] std::optional<Rag> rag_from_name(std::string_view s);
[[nodiscard]] std::optional<Comparison> comparison_from_name(std::string_view s);

}  // namespace wres
