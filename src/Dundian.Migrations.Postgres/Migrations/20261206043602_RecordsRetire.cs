using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dundian.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RecordsRetire : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RetireReason",
                table: "ResearchTopics",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAt",
                table: "ResearchTopics",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetireReason",
                table: "ResearchGroups",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAt",
                table: "ResearchGroups",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetireReason",
                table: "Participants",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAt",
                table: "Participants",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetireReason",
                table: "Households",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAt",
                table: "Households",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RetireReason",
                table: "ResearchTopics");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "ResearchTopics");

            migrationBuilder.DropColumn(
                name: "RetireReason",
                table: "ResearchGroups");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "ResearchGroups");

            migrationBuilder.DropColumn(
                name: "RetireReason",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "RetireReason",
                table: "Households");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "Households");
        }
    }
}
