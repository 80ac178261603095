using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dundian.Migrations.Postgres.Migrations
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
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    SpanPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    LogCount = table.Column<int>(type: "integer", nullable: false),
                    StationedDays = table.Column<int>(type: "integer", nullable: false),
                    HouseholdsVisited = table.Column<long>(type: "bigint", nullable: false),
                    Symposiums = table.Column<long>(type: "bigint", nullable: false),
                    SymposiumAttendees = table.Column<long>(type: "bigint", nullable: false),
                    Talks = table.Column<long>(type: "bigint", nullable: false),
                    ConsolationHouseholds = table.Column<long>(type: "bigint", nullable: false),
                    ConsolationAmountFen = table.Column<long>(type: "bigint", nullable: false),
                    PolicyTalks = table.Column<long>(type: "bigint", nullable: false),
                    DialogueParticipants = table.Column<long>(type: "bigint", nullable: false),
                    ProblemsSolvedOnSpot = table.Column<long>(type: "bigint", nullable: false)
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
                columns: new[] { "CampaignId", "Month", "SpanPath" })
                .Annotation("Npgsql:IndexOperators", new[] { "int4_ops", "date_ops", "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldLogMonthTotals_Month_SpanPath",
                table: "FieldLogMonthTotals",
                columns: new[] { "Month", "SpanPath" })
                .Annotation("Npgsql:IndexOperators", new[] { "date_ops", "varchar_pattern_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FieldLogMonthTotals");
        }
    }
}
