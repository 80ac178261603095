using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dundian.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FieldLogMonthTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FieldLogMonthTotals",
                columns: table => new
                {
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SpanPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    LogCount = table.Column<int>(type: "INTEGER", nullable: false),
                    StationedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdsVisited = table.Column<long>(type: "INTEGER", nullable: false),
                    Symposiums = table.Column<long>(type: "INTEGER", nullable: false),
                    SymposiumAttendees = table.Column<long>(type: "INTEGER", nullable: false),
                    Talks = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsolationHouseholds = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsolationAmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PolicyTalks = table.Column<long>(type: "INTEGER", nullable: false),
                    DialogueParticipants = table.Column<long>(type: "INTEGER", nullable: false),
                    ProblemsSolvedOnSpot = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldLogMonthTotals", x => new { x.ParticipantId, x.CampaignId, x.Month });
                    table.ForeignKey(
                        name: "FK_FieldLogMonthTotals_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FieldLogMonthTotals_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FieldLogMonthTotals_CampaignId_Month_SpanPath",
                table: "FieldLogMonthTotals",
                columns: new[] { "CampaignId", "Month", "SpanPath" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldLogMonthTotals_Month_SpanPath",
                table: "FieldLogMonthTotals",
                columns: new[] { "Month", "SpanPath" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FieldLogMonthTotals");
        }
    }
}
