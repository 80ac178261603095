using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dundian.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Campaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Theme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Slogan = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Tier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    NoticeHtml = table.Column<string>(type: "text", nullable: false),
                    ImplementationPlanHtml = table.Column<string>(type: "text", nullable: false),
                    ActivityPlanHtml = table.Column<string>(type: "text", nullable: false),
                    Requirements = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Campaigns_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Households",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    HeadName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Situation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    HelpGiven = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Households", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Households_OrgUnits_VillageId",
                        column: x => x.VillageId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CampaignActivities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignActivities_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    VillagePath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    GroupId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentPlans_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevelopmentPlans_OrgUnits_VillageId",
                        column: x => x.VillageId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FieldLogs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    VillagePath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    HouseholdsVisited = table.Column<int>(type: "integer", nullable: false),
                    Symposiums = table.Column<int>(type: "integer", nullable: false),
                    SymposiumAttendees = table.Column<int>(type: "integer", nullable: false),
                    Talks = table.Column<int>(type: "integer", nullable: false),
                    ConsolationHouseholds = table.Column<int>(type: "integer", nullable: false),
                    ConsolationAmountFen = table.Column<long>(type: "bigint", nullable: false),
                    PolicyTalks = table.Column<int>(type: "integer", nullable: false),
                    DialogueParticipants = table.Column<int>(type: "integer", nullable: false),
                    ProblemsSolvedOnSpot = table.Column<int>(type: "integer", nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldLogs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FieldLogs_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FieldLogs_OrgUnits_VillageId",
                        column: x => x.VillageId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HouseholdVisits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FieldLogId = table.Column<long>(type: "bigint", nullable: false),
                    HouseholdId = table.Column<int>(type: "integer", nullable: false),
                    Consoled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HouseholdVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HouseholdVisits_FieldLogs_FieldLogId",
                        column: x => x.FieldLogId,
                        principalTable: "FieldLogs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HouseholdVisits_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FieldNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<int>(type: "integer", nullable: false),
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    VillagePath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReturnReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FieldNotes_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FieldNotes_OrgUnits_VillageId",
                        column: x => x.VillageId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LiaisonVillages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GroupId = table.Column<int>(type: "integer", nullable: false),
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiaisonVillages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiaisonVillages_OrgUnits_VillageId",
                        column: x => x.VillageId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Participants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    GroupId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Participants_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Participants_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResearchGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LeaderId = table.Column<int>(type: "integer", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchGroups_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResearchGroups_Participants_LeaderId",
                        column: x => x.LeaderId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResearchReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<int>(type: "integer", nullable: false),
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    VillagePath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReturnReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchReports_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResearchReports_OrgUnits_VillageId",
                        column: x => x.VillageId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResearchReports_Participants_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PracticalProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    VillagePath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    GroupId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FundsFen = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ImplementedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticalProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticalProjects_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticalProjects_OrgUnits_VillageId",
                        column: x => x.VillageId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticalProjects_ResearchGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "ResearchGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResearchTopics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: true),
                    GroupId = table.Column<int>(type: "integer", nullable: true),
                    ReportId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchTopics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchTopics_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResearchTopics_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResearchTopics_ResearchGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "ResearchGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResearchTopics_ResearchReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ResearchReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignActivities_CampaignId",
                table: "CampaignActivities",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_OrgUnitId",
                table: "Campaigns",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_CampaignId_VillagePath",
                table: "DevelopmentPlans",
                columns: new[] { "CampaignId", "VillagePath" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_GroupId",
                table: "DevelopmentPlans",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_VillageId",
                table: "DevelopmentPlans",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_VillagePath",
                table: "DevelopmentPlans",
                column: "VillagePath");

            migrationBuilder.CreateIndex(
                name: "IX_FieldLogs_CampaignId_VillagePath",
                table: "FieldLogs",
                columns: new[] { "CampaignId", "VillagePath" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldLogs_ParticipantId_StartDate_EndDate",
                table: "FieldLogs",
                columns: new[] { "ParticipantId", "StartDate", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldLogs_VillageId",
                table: "FieldLogs",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldLogs_VillagePath",
                table: "FieldLogs",
                column: "VillagePath");

            migrationBuilder.CreateIndex(
                name: "IX_FieldNotes_AuthorId",
                table: "FieldNotes",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldNotes_CampaignId_Status",
                table: "FieldNotes",
                columns: new[] { "CampaignId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldNotes_VillageId",
                table: "FieldNotes",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldNotes_VillagePath",
                table: "FieldNotes",
                column: "VillagePath");

            migrationBuilder.CreateIndex(
                name: "IX_Households_VillageId",
                table: "Households",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_HouseholdVisits_FieldLogId",
                table: "HouseholdVisits",
                column: "FieldLogId");

            migrationBuilder.CreateIndex(
                name: "IX_HouseholdVisits_HouseholdId",
                table: "HouseholdVisits",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonVillages_GroupId_VillageId",
                table: "LiaisonVillages",
                columns: new[] { "GroupId", "VillageId" });

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonVillages_VillageId",
                table: "LiaisonVillages",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_Participants_CampaignId_GroupId",
                table: "Participants",
                columns: new[] { "CampaignId", "GroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_Participants_GroupId",
                table: "Participants",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_Participants_UserId",
                table: "Participants",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticalProjects_CampaignId_VillagePath",
                table: "PracticalProjects",
                columns: new[] { "CampaignId", "VillagePath" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticalProjects_GroupId",
                table: "PracticalProjects",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticalProjects_VillageId",
                table: "PracticalProjects",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticalProjects_VillagePath",
                table: "PracticalProjects",
                column: "VillagePath");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchGroups_CampaignId",
                table: "ResearchGroups",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchGroups_LeaderId",
                table: "ResearchGroups",
                column: "LeaderId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchReports_AuthorId",
                table: "ResearchReports",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchReports_CampaignId_Status",
                table: "ResearchReports",
                columns: new[] { "CampaignId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ResearchReports_VillageId",
                table: "ResearchReports",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchReports_VillagePath",
                table: "ResearchReports",
                column: "VillagePath");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchTopics_CampaignId",
                table: "ResearchTopics",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchTopics_GroupId",
                table: "ResearchTopics",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchTopics_ParticipantId",
                table: "ResearchTopics",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchTopics_ReportId",
                table: "ResearchTopics",
                column: "ReportId");

            migrationBuilder.AddForeignKey(
                name: "FK_DevelopmentPlans_ResearchGroups_GroupId",
                table: "DevelopmentPlans",
                column: "GroupId",
                principalTable: "ResearchGroups",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_FieldLogs_Participants_ParticipantId",
                table: "FieldLogs",
                column: "ParticipantId",
                principalTable: "Participants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_FieldNotes_Participants_AuthorId",
                table: "FieldNotes",
                column: "AuthorId",
                principalTable: "Participants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_LiaisonVillages_ResearchGroups_GroupId",
                table: "LiaisonVillages",
                column: "GroupId",
                principalTable: "ResearchGroups",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Participants_ResearchGroups_GroupId",
                table: "Participants",
                column: "GroupId",
                principalTable: "ResearchGroups",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Participants_Campaigns_CampaignId",
                table: "Participants");

            migrationBuilder.DropForeignKey(
                name: "FK_ResearchGroups_Campaigns_CampaignId",
                table: "ResearchGroups");

            migrationBuilder.DropForeignKey(
                name: "FK_Participants_ResearchGroups_GroupId",
                table: "Participants");

            migrationBuilder.DropTable(
                name: "CampaignActivities");

            migrationBuilder.DropTable(
                name: "DevelopmentPlans");

            migrationBuilder.DropTable(
                name: "FieldNotes");

            migrationBuilder.DropTable(
                name: "HouseholdVisits");

            migrationBuilder.DropTable(
                name: "LiaisonVillages");

            migrationBuilder.DropTable(
                name: "PracticalProjects");

            migrationBuilder.DropTable(
                name: "ResearchTopics");

            migrationBuilder.DropTable(
                name: "FieldLogs");

            migrationBuilder.DropTable(
                name: "Households");

            migrationBuilder.DropTable(
                name: "ResearchReports");

            migrationBuilder.DropTable(
                name: "Campaigns");

            migrationBuilder.DropTable(
                name: "ResearchGroups");

            migrationBuilder.DropTable(
                name: "Participants");
        }
    }
}
