// The WDES family: the ten metrics of the Workforce Disability Equality
// Standard (DESIGN 8.2), numbered as its technical guidance prints them.
#include "wres/model/family.hpp"

namespace wres {

const FamilySpec& wdes_family() {
  using K = MetricKind;
  using T = MetricTest;
  using P = PrivacyRule;
  constexpr auto hi = Direction::higher_is_better;
  constexpr auto lo = Direction::lower_is_better;
  // Ratios aim at parity whichever side; "lower" names the adverse side (above 1.00).
  static constexpr MetricSpec metrics[] = {
      {"wdes", "workforce", "1", "Workforce", K::share, hi, T::none, P::counts},
      {"wdes", "recruitment", "2", "Recruitment", K::ratio, lo, T::log_ratio, P::counts},
      {"wdes", "capability", "3", "Capability", K::ratio, lo, T::log_ratio, P::counts, true},
      {"wdes", "hba_public", "4a(i)", "Bullying: public", K::survey_gap, lo, T::two_proportion, P::responses},
      {"wdes", "hba_manager", "4a(ii)", "Bullying: managers", K::survey_gap, lo, T::two_proportion, P::responses},
      {"wdes", "hba_colleagues", "4a(iii)", "Bullying: colleagues", K::survey_gap, lo, T::two_proportion, P::responses},
      {"wdes", "hba_reported", "4b", "Bullying reported", K::survey_gap, hi, T::two_proportion, P::responses},
      {"wdes", "equal_opps", "5", "Equal opportunities", K::survey_gap, hi, T::two_proportion, P::responses},
      {"wdes", "presenteeism", "6", "Work when unwell", K::survey_gap, lo, T::two_proportion, P::responses},
      {"wdes", "valued", "7", "Work valued", K::survey_gap, hi, T::two_proportion, P::responses},
      {"wdes", "adjustments", "8", "Adjustments", K::single_group, hi, T::two_proportion, P::responses},
      {"wdes", "engagement", "9a", "Engagement", K::score, hi, T::none, P::none},
      {"wdes", "voice", "9b", "Voice", K::yes_no, hi, T::none, P::none},
      {"wdes", "board", "10", "Board", K::board_gap, hi, T::none, P::counts},
  };
  static constexpr FamilySpec family{"wdes",         "WDES", "wdes",     "Disabled", "non-disabled", "disabled",
                                     "non_disabled", "",     "clusters", "cluster",  metrics};
  return family;
}

}  // namespace wres
