#!/usr/bin/env bash
# Adds a migration with the same name to both provider sets: ./scripts/add-migration.sh AddCampaigns
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: add-migration.sh Name}
dotnet tool restore >/dev/null
for p in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "src/Dundian.Migrations.$p" --startup-project "src/Dundian.Migrations.$p" --output-dir Migrations
done
