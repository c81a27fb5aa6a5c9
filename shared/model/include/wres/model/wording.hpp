#pragma once
// The words the wall and wresctl use for an indicator (DESIGN 7.1-7.5), made
// in one place so that the two can never say different things. Pure text:
// no fonts, no colours. Every phrase uses the family's group words (the WRES's focus is the board's own term).
#include <array>
#include <string>

#include "wres/model/snapshot.hpp"

namespace wres {

std::string format_figure(const MetricSpec& m, double v);  // "1.21", "11.11%", a pay gap "5.2%"
// The figure's two groups, in the board's words where it gives its own (a
// pay gap's), else the metric's or its family's; the WRES's focus is `term`.
std::string focus_of(const IndicatorResult& r, std::string_view term);
std::string reference_of(const IndicatorResult& r);
// A metric's label, with its two groups where it names its own (a pay gap):
// "Ethnicity pay gap: mean (Global Majority vs White)".
std::string metric_label(const IndicatorResult& r, std::string_view term);
// Whom a board figure counts, after its label: " (voting)" or " (all members)";
// "" for every other kind.
std::string basis_suffix(const IndicatorResult& r);
// A group's word with the metric's noun for people: "White staff", "Men".
std::string group_people(std::string_view word, const MetricSpec& m);
// Figures are shown to two decimals; equal there is the same figure.
[[nodiscard]] bool same_as_shown(double a, double b);
// A figure shown to one decimal (a pay gap, a score gap), as the wall shows it.
double one_decimal(double v);
// A pay gap as said: "paid 5.2% less than White staff", "paid the same as Men";
// `reference` with its noun.
std::string paid_phrase(double gap_pct, const std::string& reference);
std::string format_day(Date d);  // "31 Mar 2024"
std::string short_day(Date d);   // "31 Mar"
std::string month_year(Date d);  // "Mar 2024"
// When a figure is from: "Staff Survey 2023" for a survey figure (the WRES
// 2024's 5-8 come from the 2023 survey), else the day it describes, "31 Mar 2024".
std::string data_date_phrase(const IndicatorResult& r);

// "Green", "Amber", "Red", "No rating": a rating in words, never in colour alone.
std::string rag_word(Rag r);
// "Better", "Worse", "Same", "Not compared", "No earlier figure": never
// "First year", which the board cannot know (it holds what was transcribed).
std::string trend_word(Trend t);
// The word a tile gives its trend: trend_word, or for a figure with nothing to
// compare with, why: "Trend withheld", "No earlier voting figure" (a board's
// voting share), "No earlier figure" (a pooled figure: none pooled
// before; its tile says "two years pooled").
std::string trend_heading(const IndicatorResult& r);
// "statistically significant" / "not statistically significant" for a tested
// change (at [rules] confidence, which the key names); empty when untested. The
// trust's own word ("improved significantly"), not "beyond noise".
std::string noise_word(const IndicatorResult& r);
// The same where a tile has no room for it whole: "significant" / "not significant".
std::string noise_word_short(const IndicatorResult& r);
// "Worse · within noise", "Better · beyond noise", "Better", "No earlier figure".
std::string trend_phrase(const IndicatorResult& r);
// "+0.07 since 2023", "+1.2 pts since 2023 · +33 staff"; empty in a first year.
std::string delta_phrase(const IndicatorResult& r);
// "National (all trusts) 2023: 1.59 · better", "... 2024: not yet available".
std::string comparator_phrase(const IndicatorResult& r, const ComparatorResult& c);
// Every comparator's phrase, joined with "; "; empty when there is none.
std::string comparators_phrase(const IndicatorResult& r);
// Ratios: "favours <reference> staff", "favours <focus> staff", "interval includes parity".
std::string favours_phrase(const IndicatorResult& r, const std::string& term);
// Survey gaps: "11.2 pts worse than <reference> staff"; board gaps: "voting +16.2 pts vs workforce";
// pay gaps: "paid 5.2% less than White staff".
std::string gap_phrase(const IndicatorResult& r);
std::string exec_phrase(const IndicatorResult& r);  // 9: "exec 28.57% · +17.5 pts", "exec withheld: why"
// 1: "bands 8A-9: 3.74% (-7.4 pts vs overall)"; "bands 8A-9 withheld: why"; empty without bands.
std::string senior_phrase(const IndicatorResult& r);
// A share of everyone with its declaration rate (WDES 1): "declared by 83.7% of staff".
std::string declared_phrase(const IndicatorResult& r);
// A pay gap: "mean hourly pay £16.20 vs £17.10 (White staff)", or "published
// gap; no hourly pay given"; with the declaration rate when given.
std::string pay_phrase(const IndicatorResult& r);
// A pay gap's quartiles: "Global Majority staff: 26.1% of the lowest-paid
// quarter, 11.0% of the highest (18.0% overall)"; why, when withheld; empty without.
std::string quartile_phrase(const IndicatorResult& r, std::string_view term);
std::string as_at_phrase(const IndicatorResult& r);  // "data as at 31 Mar 2024"
std::string embargo_text(const Embargo& e);          // "2025 results out 13 Mar"
// The one-line key of the RAG rules in force, for the indicators page.
std::string rules_key(const FamilySpec& f, const Rules& rules, const std::string& term);

// ---- plans (DESIGN 7.6), in plan_wording.cpp --------------------------------
// "Overdue", "In progress", "Due soon"; "New" for no mark; "Removed"; a name history kept, as stored.
std::string mark_word(const Mark& mark);
// "25% complete · 26 actions · 6 not reported", or, when most statuses are not
// reported, "29 actions · statuses not reported" (no percentage to mislead).
// "23%": percent complete, rounded half up, the same wherever it is shown.
std::string percent_text(double pct);
// Without the percentage where the wall shows it large beside the caption. A
// progress report's marks are counted instead: "12 of 34 ticked · 2 marked ! ·
// 13 not marked" (a mark is a reading, not a measured share).
std::string plan_caption(const PlanSummary& p, bool with_percent = true);
// Whether the wall may show a plan's percent complete: most statuses reported,
// and they are statuses, not a report's marks.
bool shows_percent(const PlanSummary& p);
// "12 ticked": the first of a report's marks counted, where a percentage would go ("" without marks).
std::string marks_count(const PlanSummary& p);
// "12 plans · 340 actions": a board's plans in one phrase.
std::string plans_phrase(const std::vector<PlanSummary>& plans);
// The statuses most urgent first, neutral ones last: the order counts are said in
// (overdue, which is not a status, goes before them all).
const std::array<Status, kStatusCount>& statuses_by_urgency();
// Non-zero counts, most urgent first: "3 overdue · 2 in progress · 1 complete".
std::string counts_phrase(const StatusCounts& c);
// "statuses as at 30 Sep 2024", with "· over 120 days old" when stale; "" when
// the plan does not say when its statuses were reported.
std::string reported_phrase(const PlanSummary& p, int stale_days);
std::string capitalised(std::string s);  // "statuses as at" -> "Statuses as at"
// The plan's own colour word for a mark, capitalised ("Green"), or "".
std::string plan_colour_word(const MarkColour& m);
// A mark as the wall says it for one plan: "Complete", "Complete (Blue)" where the
// wall's colour is not the plan's, "Complete (✓)" for a report's mark; "Overdue".
std::string mark_label(const PlanSummary* plan, const Mark& mark);

}  // namespace wres
