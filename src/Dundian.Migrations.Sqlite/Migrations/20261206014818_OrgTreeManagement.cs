using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dundian.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OrgTreeManagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RuralUrbanCode",
                table: "OrgUnits",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OrgUnitSuccessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PredecessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    SuccessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
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
                name: "OrgUnitSuccessions");

            migrationBuilder.DropIndex(
                name: "IX_OrgUnits_DivisionCode",
                table: "OrgUnits");

            migrationBuilder.DropIndex(
                name: "IX_OrgUnits_Name",
                table: "OrgUnits");

            migrationBuilder.DropColumn(
                name: "RuralUrbanCode",
                table: "OrgUnits");
        }
    }
}
