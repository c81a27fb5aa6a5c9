#pragma once
// Wall-clock helpers: timestamps in local time, as people read them.
#include <ctime>
#include <string>

#include "wres/model/date.hpp"

namespace wres {

// `t` in local time through strftime's `format` ("%H:%M" -> "14:02").
std::string local_time_text(std::time_t t, const char* format);
// "2024-09-30T14:02:11+01:00"
std::string local_timestamp_now();
std::string local_timestamp(std::time_t t);
Date local_date(std::time_t t);
// The first local midnight strictly after t (DST-aware, via mktime).
std::time_t next_local_midnight(std::time_t t);

}  // namespace wres
