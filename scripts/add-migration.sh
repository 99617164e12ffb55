#!/usr/bin/env bash
# Generates an EF Core migration for both providers in one go (STYLE.md rule 9):
#   bash scripts/add-migration.sh AddGroups
# Migrations are generated, never edited by hand. EfDesignTime=true brings in the design-time
# assembly only for this command (see ../shared/PACKAGES.md).
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
export EfDesignTime=true
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project src/Circles.Web \
    --context "${provider}CirclesDb" \
    --output-dir "Data/Migrations/${provider}"
done
# Rebuild without the design-time reference so the next normal build starts clean.
unset EfDesignTime
dotnet build src/Circles.Web -v quiet >/dev/null
