using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dundian.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<long>(
                name: "ConsolationAmountFen",
                table: "HouseholdVisits",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "HouseholdVisits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedByUserId",
                table: "HouseholdVisits",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "HouseholdVisits",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VisitedOn",
                table: "HouseholdVisits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Visitors",
                table: "HouseholdVisits",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdNumber",
                table: "Households",
                type: "TEXT",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Households",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Households",
                type: "TEXT",
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
