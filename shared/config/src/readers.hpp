#pragma once
// One reader per kind of section. Each records every problem it finds and
// returns what it could read; the loader applies nothing unless all is clean.
#include <map>
#include <optional>
#include <string>

#include "table_reader.hpp"
#include "wres/model/board.hpp"

namespace wres::config {

void read_board_section(TableReader& table, Board& board);                    // [board]
void read_display_section(TableReader& table, DisplaySettings& display);      // [display]
void read_rules_section(TableReader& table, Rules& rules);                    // [rules]
void read_targets_section(TableReader& table, TargetSettings& targets);       // [targets]
void read_privacy_section(TableReader& table, PrivacySettings& privacy);      // [privacy]
void read_twin_section(TableReader& table, TwinSettings& twin);               // [twin]
std::optional<YearData> read_year(TableReader& table);                        // [[year]]
std::optional<Plan> read_plan(TableReader& table, Diagnostics& diags);        // [[plan]]
std::optional<Measure> read_measure(TableReader& table, Diagnostics& diags);  // [[measure]]
// A comparator's figures, one per metric of the family `f`, into c.values.
void read_comparator_values(TableReader& table, Comparator& c, const FamilySpec& f);
// A year's `notes = { <metric> = "..." }` into `out`, by metric key.
void read_notes(TableReader& table, std::map<std::string, std::string>& out, const FamilySpec& f);
// A year's `comparators = [ { label = ..., year = ..., <metric> = ... } ]` into `out`.
void read_comparators(TableReader& table, int year, std::vector<Comparator>& out, const FamilySpec& f);
// Two groups' `<key>_shortlisted` and `<key>_appointed` in a year's recruitment
// table (WRES 2, WDES 2); `word` names the group in errors ("BME", "Disabled").
struct GroupWords {
  std::string key, word;
};
struct Appointments {
  long long focus_shortlisted = 0, focus_appointed = 0, reference_shortlisted = 0, reference_appointed = 0;
};
std::optional<Appointments> read_appointments(TableReader& year, const GroupWords& focus, const GroupWords& reference);
// Two groups' counts in a year's `section` (WRES 3 and 4, WDES 3), each within the
// same year's workforce of its group; the ratio divides by one group's rate.
struct GroupCounts {
  long long focus = 0, reference = 0;
};
struct CasesSpec {
  const char* section;          // "disciplinary"
  GroupWords focus, reference;  // {"bme", "BME"}, {"white", "White"}
  const char* suffix;           // the keys are <group key><suffix>: "_cases"
  bool divide_by_focus;         // training divides by the BME rate, the rest by the reference's
  const char* year_table;       // "year", for "in the same [[year]]"
};
std::optional<GroupCounts> read_group_cases(TableReader& year, const CasesSpec& spec,
                                            const std::optional<GroupCounts>& workforce);
// `year_key` and as_at; false (and nothing set) when the year is missing or bad.
bool read_year_head(TableReader& table, const char* year_key, int& year, Date& as_at);
// A standard's year's survey_year: the NHS Staff Survey its survey figures come
// from, which is never later than the standard's year.
std::optional<int> read_survey_year(TableReader& table, std::optional<int> year);
std::optional<WdesYear> read_wdes_year(TableReader& table);    // [[wdes_year]]
std::optional<PayGapReport> read_pay_gap(TableReader& table);  // [[pay_gap]]

}  // namespace wres::config
