using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dundian.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class HouseholdRegisterAndVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "FieldLogId",
                table: "HouseholdVisits",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddColumn<long>(
                name: "ConsolationAmountFen",
                table: "HouseholdVisits",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "HouseholdVisits",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedByUserId",
                table: "HouseholdVisits",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "HouseholdVisits",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VisitedOn",
                table: "HouseholdVisits",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Visitors",
                table: "HouseholdVisits",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdNumber",
                table: "Households",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Households",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Households",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConsolationAmountFen",
                table: "HouseholdVisits");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "HouseholdVisits");

            migrationBuilder.DropColumn(
                name: "CreatedByUserId",
                table: "HouseholdVisits");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "HouseholdVisits");

            migrationBuilder.DropColumn(
                name: "VisitedOn",
                table: "HouseholdVisits");

            migrationBuilder.DropColumn(
                name: "Visitors",
                table: "HouseholdVisits");

            migrationBuilder.DropColumn(
                name: "IdNumber",
                table: "Households");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Households");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Households");

            migrationBuilder.AlterColumn<long>(
                name: "FieldLogId",
                table: "HouseholdVisits",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);
        }
    }
}
