#!/usr/bin/perl
# Validates an OpenAPI 3.0 document (a JSON file) against the specification's own JSON schema, the copy that
# Debian's libjson-validator-perl ships (no network). Prints each problem; exits 0 when there is none.
use strict;
use warnings;
use JSON::Validator::Schema::OpenAPIv3;

die "usage: $0 openapi.json\n" unless @ARGV == 1;
my $schema = JSON::Validator::Schema::OpenAPIv3->new($ARGV[0]);
my @errors = @{ $schema->errors };
print "$_\n" for @errors;
exit(@errors ? 1 : 0);
