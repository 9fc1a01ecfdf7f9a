#!/usr/bin/perl
# Validates each instance of a JSON array read on standard input against a JSON Schema (draft-07) with
# Perl's JSON::Validator (Debian: libjson-validator-perl), format checking on. Prints a JSON array of booleans.
#   perl test/languages/validate.pl schemas/draft-07/job-posting.schema.json < instances.json
use strict;
use warnings;
use JSON::PP;
use JSON::Validator;

my $json = JSON::PP->new->utf8->allow_nonref;
my $validator = JSON::Validator->new;
$validator->schema($ARGV[0]);
local $/;
my $instances = $json->decode(<STDIN>);
print $json->encode([map { scalar($validator->validate($_)) ? JSON::PP::false : JSON::PP::true } @$instances]), "\n";
