#include "wres/model/spc.hpp"

#include "wres/model/enum_names.hpp"

namespace wres {

namespace {
constexpr Named<SpcRule> kRuleNames[] = {{SpcRule::none, "none"},
                                         {SpcRule::outside_limits, "outside_limits"},
                                         {SpcRule::run, "run"},
                                         {SpcRule::trend, "trend"},
                                         {SpcRule::two_of_three, "two_of_three"}};
constexpr Named<SpcCause> kCauseNames[] = {{SpcCause::common, "common"},
                                           {SpcCause::improvement, "improvement"},
                                           {SpcCause::concern, "concern"},
                                           {SpcCause::neither, "neither"}};
constexpr Named<SpcVariation> kVariationNames[] = {{SpcVariation::common, "common"},
                                                   {SpcVariation::improvement_high, "improvement_high"},
                                                   {SpcVariation::improvement_low, "improvement_low"},
                                                   {SpcVariation::concern_high, "concern_high"},
                                                   {SpcVariation::concern_low, "concern_low"},
                                                   {SpcVariation::neither_high, "neither_high"},
                                                   {SpcVariation::neither_low, "neither_low"}};
constexpr Named<SpcAssurance> kAssuranceNames[] = {
    {SpcAssurance::pass, "pass"}, {SpcAssurance::fail, "fail"}, {SpcAssurance::hit_and_miss, "hit_and_miss"}};
static_assert(in_value_order(kRuleNames) && in_value_order(kCauseNames) && in_value_order(kVariationNames) &&
              in_value_order(kAssuranceNames));
}  // namespace

std::string_view to_string(SpcRule r) { return name_of(kRuleNames, r, "none"); }
std::string_view to_string(SpcCause c) { return name_of(kCauseNames, c, "common"); }
std::string_view to_string(SpcVariation v) { return name_of(kVariationNames, v, "common"); }
std::string_view to_string(SpcAssurance a) { return name_of(kAssuranceNames, a, "hit_and_miss"); }
std::optional<SpcRule> spc_rule_from_name(std::string_view s) { return value_named(kRuleNames, s); }
std::optional<SpcCause> spc_cause_from_name(std::string_view s) { return value_named(kCauseNames, s); }
std::optional<SpcVariation> spc_variation_from_name(std::string_view s) { return value_named(kVariationNames, s); }
std::optional<SpcAssurance> spc_assurance_from_name(std::string_view s) { return value_named(kAssuranceNames, s); }

// Making Data Count's icons said in words; "special cause" only where a rule caught the latest point.
std::string_view variation_word(SpcVariation v) {
  switch (v) {
    case SpcVariation::common: return "common cause";
    case SpcVariation::improvement_high:
    case SpcVariation::improvement_low: return "improving";
    case SpcVariation::concern_high:
    case SpcVariation::concern_low: return "concerning";
    case SpcVariation::neither_high: return "higher";
    case SpcVariation::neither_low: return "lower";
  }
  return "";
}

// The word, then whether a rule caught the point: one home for both forms.
std::string variation_words(SpcVariation v) {
  std::string w(variation_word(v));
  w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w + (v == SpcVariation::common ? " \xC2\xB7 no significant change" : " \xC2\xB7 special cause");
}

std::string_view assurance_words(SpcAssurance a) {
  switch (a) {
    case SpcAssurance::pass: return "Consistently passing target";
    case SpcAssurance::fail: return "Consistently failing target";
    case SpcAssurance::hit_and_miss: return "Hit and miss";
  }
  return "";
}

bool is_high(SpcVariation v) {
  return v == SpcVariation::improvement_high || v == SpcVariation::concern_high || v == SpcVariation::neither_high;
}

std::string_view rule_words(SpcRule r, bool high) {
  switch (r) {
    case SpcRule::none: return "";
    case SpcRule::outside_limits: return high ? "above the upper limit" : "below the lower limit";
    case SpcRule::run: return high ? "7 in a row above the mean" : "7 in a row below the mean";
    case SpcRule::trend: return high ? "7 in a row, each higher" : "7 in a row, each lower";
    case SpcRule::two_of_three: return high ? "2 of 3 near the upper limit" : "2 of 3 near the lower limit";
  }
  return "";
}

}  // namespace wres
