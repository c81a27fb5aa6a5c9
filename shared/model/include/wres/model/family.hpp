#pragma once
// A family of equality metrics as data (DESIGN 8.1): each metric states its
// number as the standard prints it, its label, its kind, which direction is
// better, which test applies and which privacy rule. One judgement path reads
// the kind (compute/indicators.cpp); the groups' words are the family's, so no
// code outside a family's spec (model/family_*.cpp) and its reader names a group.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace wres {

// `neither`: measures only (DESIGN 9), a figure with no better direction;
// every metric of a family has one.
enum class Direction { higher_is_better, lower_is_better, neither };

enum class MetricKind {
  ratio,         // relative likelihood, parity 1.00
  share,         // the focus group's % of everyone, against a reference share
  survey_gap,    // a survey % for each group; the gap in points
  score,         // 0-10 per group
  board_gap,     // the board's focus % minus the workforce's
  pay_gap,       // %, parity 0
  single_group,  // one group's % only
  yes_no         // a yes or no, with a note
};

enum class MetricTest {
  none,           // counts everyone, or nothing to test
  log_ratio,      // change of log relative likelihoods (counts in both years)
  two_proportion  // change of the focus group's survey proportion (n's in both years)
};

enum class PrivacyRule {
  counts,     // [privacy] min_count on every count a figure is made from
  responses,  // [privacy] min_responses on survey respondents
  none
};

struct MetricSpec {
  std::string_view family;  // "wres"
  std::string_view key;     // the config's and the snapshot's key: "recruitment"
  std::string_view number;  // as the standard prints it: "2", "4a(ii)"
  std::string_view label;   // short, for a tile
  MetricKind kind;
  Direction direction;
  MetricTest test;
  PrivacyRule privacy;
  bool rolling = false;  // may be pooled with the year before (WRES 3 by rule, WDES 3 always)
  // A metric whose two groups are not the family's (pay gaps: by ethnicity,
  // disability or sex): their words; empty, the family's.
  std::string_view focus = {}, reference = {};
  // The noun a group's word takes ("Disabled staff"); empty where the word
  // names the people itself ("Women").
  std::string_view people = "staff";
};

struct FamilySpec {
  std::string_view id;     // "wres": the snapshot's `family`
  std::string_view title;  // "WRES", for people
  std::string_view page;   // the wall's page for it
  // The two groups' words for people; an empty focus is the board's own term.
  std::string_view focus, reference;
  // The groups' words in the config and the snapshot's schema-2 fields ("bme", "white").
  std::string_view focus_key, reference_key;
  std::string_view share_reference;  // what a share metric is held against ("local population"); empty: nothing
  // A share's breakdown in the snapshot: "bands" of "band" (WRES 1), "clusters" of "cluster" (WDES 1).
  std::string_view breakdown, breakdown_item;
  std::span<const MetricSpec> metrics;
  // Boards report only some of its metrics (pay gaps): the wall shows those
  // given and leaves the rest out, rather than "No data" for each.
  bool partial = false;
  // Where the ratios' green band comes from, for the key; empty: a four-fifths
  // rule of thumb, not the family's guidance.
  std::string_view band_source = {};
};

const FamilySpec& wres_family();
const FamilySpec& wdes_family();
const FamilySpec& pay_gap_family();
std::span<const FamilySpec* const> all_families();  // in the wall's order
const FamilySpec* family_named(std::string_view id);
const MetricSpec* find_metric(std::string_view family, std::string_view key);
const FamilySpec& family_of(const MetricSpec& m);
// The leading whole number of a printed number: 4 for "4a(ii)".
int metric_number(const MetricSpec& m);
// "2-4": the printed numbers of the family's metrics of kind `k`, a run
// shown as its first and last; empty when it has none.
std::string family_numbers(const FamilySpec& f, MetricKind k);
// A figure from the staff survey (a survey gap, one group's survey %, a
// score): withheld until the survey's publication day (DESIGN 7.7).
[[nodiscard]] bool is_survey_metric(const MetricSpec& m);
// The focus group's word for people: the family's, or the board's term where it has none.
std::string_view focus_word(const FamilySpec& f, std::string_view term);
// A metric's groups' words: its own where it has them, else its family's.
std::string_view focus_word(const MetricSpec& m, std::string_view term);
std::string_view reference_word(const MetricSpec& m);
// The number as the standard prints it, when it prints one ("4a(ii)"); empty
// for metrics named rather than numbered (pay gaps' "ethnicity.mean").
std::string_view printed_number(const MetricSpec& m);
// The report a named metric belongs to: "ethnicity" of "ethnicity.mean".
std::string_view key_stem(const MetricSpec& m);

std::string_view to_string(MetricKind k);
[[nodiscard]] std::optional<MetricKind> metric_kind_from_name(std::string_view name);
std::string_view to_string(Direction d);
std::optional<Direction> direction_from_name(std::string_view name);

}  // namespace wres
