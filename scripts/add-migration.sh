#!/usr/bin/env bash
# Generates an EF Core migration for both providers in one go (STYLE.md rule 9):
#   bash scripts/add-migration.sh AddGroups
# Migrations are generated, never edited by hand. dotnet-ef is a local tool (.config/dotnet-tools.json);
# Circles.Web references Microsoft.EntityFrameworkCore.Design as a development dependency.
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project src/Circles.Web \
    --context "${provider}CirclesDb" \
    --output-dir "Data/Migrations/${provider}"
done
