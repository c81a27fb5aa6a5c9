#pragma once
// Wall-clock helpers: timestamps in local time, as people read them.
#include <string>

namespace wres {

// "2024-09-30T14:02:11+01:00"
std::string local_timestamp_now();

}  // namespace wres
