<?php
// Validates each instance of a JSON array read on standard input against a JSON Schema (draft-07) with
// PHP's justinrainbow/json-schema (Debian: php-json-schema), format checking on. Prints a JSON array of booleans.
//   php test/languages/validate.php schemas/draft-07/job-posting.schema.json < instances.json
require_once '/usr/share/php/JsonSchema/autoload.php';

$schema = json_decode(file_get_contents($argv[1]));
$verdicts = [];
foreach (json_decode(file_get_contents('php://stdin')) as $instance) {
    $validator = new JsonSchema\Validator();
    $validator->validate($instance, $schema);
    $verdicts[] = $validator->isValid();
}
echo json_encode($verdicts), "\n";
