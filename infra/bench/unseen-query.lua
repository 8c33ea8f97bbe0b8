-- wrk script: every request asks for the same filtered page with a query string not asked before (an extra
-- parameter n the page ignores), so no rendered page kept by RegistryPageCache answers it: what rendering costs.
-- The query side's answer is the same for all of them and stays kept.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local counter = 0

function request()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "&n=" .. id .. "-" .. counter)
end
