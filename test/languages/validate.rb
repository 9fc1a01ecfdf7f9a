# Validates each instance of a JSON array read on standard input against a JSON Schema (draft-07) with
# Ruby's json_schemer (Debian: ruby-json-schemer), format checking on. Prints a JSON array of booleans.
#   ruby test/languages/validate.rb schemas/draft-07/job-posting.schema.json < instances.json
require "set" # Debian's json_schemer 0.2.18 uses Set without requiring it.
require "json"
require "json_schemer"

schemer = JSONSchemer.schema(JSON.parse(File.read(ARGV.fetch(0))), format: true)
puts JSON.generate(JSON.parse($stdin.read).map { |instance| schemer.valid?(instance) })
