using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dundian.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class BulletinsOrgTreeClusterHome : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboxEntries_ConcernId",
                table: "InboxEntries");

            migrationBuilder.AddColumn<string>(
                name: "RuralUrbanCode",
                table: "OrgUnits",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EscalationLevel",
                table: "InboxEntries",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BulletinSeries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuingUnit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BulletinSeries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BulletinSeries_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "FriendLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Url = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FriendLinks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HomeSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ChannelId = table.Column<int>(type: "integer", nullable: true),
                    ItemCount = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HomeSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HomeSections_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndexingTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexingTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Until = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "OrgUnitSuccessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PredecessorId = table.Column<int>(type: "integer", nullable: false),
                    SuccessorId = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgUnitSuccessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrgUnitSuccessions_OrgUnits_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrgUnitSuccessions_OrgUnits_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bulletins",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SeriesId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CutOff = table.Column<DateOnly>(type: "date", nullable: true),
                    StatisticsTemplate = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    StatisticsText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Editor = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Signer = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ReportTo = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SendTo = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DistributeTo = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Copies = table.Column<int>(type: "integer", nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    WithdrawReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CorrectsId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bulletins", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bulletins_BulletinSeries_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "BulletinSeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bulletins_Bulletins_CorrectsId",
                        column: x => x.CorrectsId,
                        principalTable: "Bulletins",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BulletinFigure",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BulletinId = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IndicatorKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DisplayValue = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DisplayUnit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CutOff = table.Column<DateOnly>(type: "date", nullable: false),
                    FilterJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RecordsJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BulletinFigure", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BulletinFigure_Bulletins_BulletinId",
                        column: x => x.BulletinId,
                        principalTable: "Bulletins",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BulletinItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BulletinId = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Heading = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: true),
                    Byline = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BulletinItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BulletinItem_Bulletins_BulletinId",
                        column: x => x.BulletinId,
                        principalTable: "Bulletins",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_DivisionCode",
                table: "OrgUnits",
                column: "DivisionCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_Name",
                table: "OrgUnits",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_InboxEntries_ConcernId_EscalationLevel_RecipientUserId",
                table: "InboxEntries",
                columns: new[] { "ConcernId", "EscalationLevel", "RecipientUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BulletinFigure_BulletinId_IndicatorKey",
                table: "BulletinFigure",
                columns: new[] { "BulletinId", "IndicatorKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BulletinItem_BulletinId",
                table: "BulletinItem",
                column: "BulletinId");

            migrationBuilder.CreateIndex(
                name: "IX_Bulletins_CorrectsId",
                table: "Bulletins",
                column: "CorrectsId");

            migrationBuilder.CreateIndex(
                name: "IX_Bulletins_SeriesId_Number",
                table: "Bulletins",
                columns: new[] { "SeriesId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BulletinSeries_CampaignId_Name",
                table: "BulletinSeries",
                columns: new[] { "CampaignId", "Name" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_HomeSections_ChannelId",
                table: "HomeSections",
                column: "ChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_HomeSections_SortOrder",
                table: "HomeSections",
                column: "SortOrder");

            migrationBuilder.CreateIndex(
                name: "IX_IndexingTasks_CreatedAt",
                table: "IndexingTasks",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnitSuccessions_PredecessorId_SuccessorId",
                table: "OrgUnitSuccessions",
                columns: new[] { "PredecessorId", "SuccessorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnitSuccessions_SuccessorId",
                table: "OrgUnitSuccessions",
                column: "SuccessorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BulletinFigure");

            migrationBuilder.DropTable(
                name: "BulletinItem");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "FieldLogMonthTotals");

            migrationBuilder.DropTable(
                name: "FriendLinks");

            migrationBuilder.DropTable(
                name: "HomeSections");

            migrationBuilder.DropTable(
                name: "IndexingTasks");

            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropTable(
                name: "OrgUnitSuccessions");

            migrationBuilder.DropTable(
                name: "Bulletins");

            migrationBuilder.DropTable(
                name: "BulletinSeries");

            migrationBuilder.DropIndex(
                name: "IX_OrgUnits_DivisionCode",
                table: "OrgUnits");

            migrationBuilder.DropIndex(
                name: "IX_OrgUnits_Name",
                table: "OrgUnits");

            migrationBuilder.DropIndex(
                name: "IX_InboxEntries_ConcernId_EscalationLevel_RecipientUserId",
                table: "InboxEntries");

            migrationBuilder.DropColumn(
                name: "RuralUrbanCode",
                table: "OrgUnits");

            migrationBuilder.DropColumn(
                name: "EscalationLevel",
                table: "InboxEntries");

            migrationBuilder.CreateIndex(
                name: "IX_InboxEntries_ConcernId",
                table: "InboxEntries",
                column: "ConcernId");
        }
    }
}
